package vn.htx.portal.content;

import java.time.Instant;

/** What a list shows of a published article: enough for a title link, date, lead and thumbnail. */
public record ArticleCard(
        long id,
        String title,
        String slug,
        String lead,
        Instant publishedAt,
        String imageUrl,
        String imageAlt,
        CategoryRef category) {

    /**
     * The small rendition of the article's picture when it is one of the portal's uploads
     * ({@code /media/2026/12/abc.jpg} → {@code /media/2026/12/abc-thumb.jpg}, stored beside it by
     * the media store): a list of cards loads 480-pixel pictures, not 1600-pixel ones.
     */
    public String thumbnailUrl() {
        if (imageUrl == null || !imageUrl.startsWith("/media/") || imageUrl.contains("-thumb.")) {
            return imageUrl;
        }
        int dot = imageUrl.lastIndexOf('.');
        return dot <= imageUrl.lastIndexOf('/')
                ? imageUrl
                : imageUrl.substring(0, dot) + "-thumb" + imageUrl.substring(dot);
    }
}
