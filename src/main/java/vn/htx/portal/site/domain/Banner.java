package vn.htx.portal.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.htx.portal.site.BannerPlacement;

@Entity
@Table(name = "banner")
public class Banner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BannerPlacement placement;

    @Column(name = "image_url", nullable = false, length = 500)
    private String imageUrl;

    @Column(name = "alt_text", nullable = false, length = 300)
    private String altText;

    @Column(name = "link_url", length = 500)
    private String linkUrl;

    @Column(name = "show_from")
    private LocalDate showFrom;

    @Column(name = "show_until")
    private LocalDate showUntil;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Banner() {}

    public Banner(BannerPlacement placement) {
        this.placement = placement;
    }

    public void describe(
            BannerPlacement placement,
            String imageUrl,
            String altText,
            String linkUrl,
            LocalDate showFrom,
            LocalDate showUntil,
            int sortOrder) {
        this.placement = placement;
        this.imageUrl = imageUrl;
        this.altText = altText;
        this.linkUrl = linkUrl;
        this.showFrom = showFrom;
        this.showUntil = showUntil;
        this.sortOrder = sortOrder;
    }

    /** The one rule for banners: shown from its first day to its last, both included, in the portal's time zone. */
    public boolean isShownOn(LocalDate today) {
        return (showFrom == null || !today.isBefore(showFrom)) && (showUntil == null || !today.isAfter(showUntil));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public BannerPlacement getPlacement() {
        return placement;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public String getAltText() {
        return altText;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public LocalDate getShowFrom() {
        return showFrom;
    }

    public LocalDate getShowUntil() {
        return showUntil;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
