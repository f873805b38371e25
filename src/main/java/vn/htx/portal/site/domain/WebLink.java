package vn.htx.portal.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "web_link")
public class WebLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 500)
    private String url;

    @Column(name = "logo_url", length = 500)
    private String logoUrl;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected WebLink() {}

    public WebLink(String name, String url) {
        this.name = name;
        this.url = url;
    }

    public void describe(String name, String url, String logoUrl, int sortOrder) {
        this.name = name;
        this.url = url;
        this.logoUrl = logoUrl;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getLogoUrl() {
        return logoUrl;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
