/**
 * The public site as a whole: the home page, the layout every page shares (header, menu, sidebar,
 * footer), site settings, error pages, feeds, the sitemap and robots.txt, and the one-second page
 * memory that forgets every kept page on a {@link vn.htx.portal.shared.PortalChange}. Owns {@code
 * site_settings}.
 * It reads the other modules through their APIs; no module depends on it.
 */
package vn.htx.portal.site;
