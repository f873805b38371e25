package vn.htx.portal.search;

/** The kinds of results; each has its public address and its filter value in {@code /tim-kiem?loai=}. */
public enum SearchKind {
    ARTICLE("bai-viet", "/bai-viet/"),
    DOCUMENT("van-ban", "/van-ban/"),
    ANNOUNCEMENT("thong-bao", "/thong-bao/");

    private final String slug;
    private final String pathPrefix;

    SearchKind(String slug, String pathPrefix) {
        this.slug = slug;
        this.pathPrefix = pathPrefix;
    }

    public String slug() {
        return slug;
    }

    public String path(String itemSlug) {
        return pathPrefix + itemSlug;
    }

    /** The message key of the kind's name ("Bài viết", "Văn bản", "Thông báo"). */
    public String messageKey() {
        return "search.kind." + slug;
    }

    public static SearchKind fromSlug(String slug) {
        for (SearchKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
