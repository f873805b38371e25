package vn.htx.portal.site;

/** The alliance's name and contact details, as shown in the header and footer of every page. */
public record SiteSettings(
        String siteName,
        String tagline,
        String address,
        String phone,
        String email,
        String website,
        String footerText,
        String logoUrl,
        /** The stored version (optimistic locking of the settings form). */
        long version) {

    /** What the pages show when the settings cannot be read (for example on an error page while the database is down). */
    static SiteSettings fallback(String siteName) {
        return new SiteSettings(siteName, null, null, null, null, null, null, null, 0);
    }
}
