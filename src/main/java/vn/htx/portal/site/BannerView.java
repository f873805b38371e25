package vn.htx.portal.site;

/** A banner as visitors see it: an image with its text alternative, and where it leads if anywhere. */
public record BannerView(long id, String imageUrl, String altText, String linkUrl) {

    public boolean external() {
        return linkUrl != null && !linkUrl.startsWith("/");
    }
}
