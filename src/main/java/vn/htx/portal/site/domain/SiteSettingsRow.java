package vn.htx.portal.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The single row of site settings (its id is always 1, enforced by the table). */
@Entity
@Table(name = "site_settings")
public class SiteSettingsRow {

    public static final int ID = 1;

    @Id
    private Integer id;

    /** Optimistic locking: a save based on an older version is refused. */
    @Version
    private long version;

    @Column(name = "site_name", nullable = false, length = 200)
    private String siteName;

    @Column(name = "site_tagline", length = 300)
    private String tagline;

    @Column(length = 500)
    private String address;

    @Column(length = 100)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 200)
    private String website;

    @Column(name = "footer_text")
    private String footerText;

    @Column(name = "logo_url", length = 500)
    private String logoUrl;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SiteSettingsRow() {}

    public void updateContacts(
            String address, String phone, String email, String website, String footerText, Instant at) {
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.website = website;
        this.footerText = footerText;
        this.updatedAt = at;
    }

    public void update(
            String siteName,
            String tagline,
            String address,
            String phone,
            String email,
            String website,
            String footerText,
            String logoUrl,
            Instant at) {
        this.siteName = siteName;
        this.tagline = tagline;
        updateContacts(address, phone, email, website, footerText, at);
        this.logoUrl = logoUrl;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public String getSiteName() {
        return siteName;
    }

    public String getTagline() {
        return tagline;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public String getFooterText() {
        return footerText;
    }

    public long getVersion() {
        return version;
    }
}
