package vn.htx.portal.site;

/** Another agency's site in the "Liên kết website" block. */
public record WebLinkView(long id, String name, String url, String logoUrl) {}
