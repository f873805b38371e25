/**
 * The alliance's own site structure: its pages (Giới thiệu, Lịch sử, Chức năng nhiệm vụ, ...) in a
 * tree with revisions, the main and footer menus that lead to them and to everything else, and its
 * organisation (units and the people who lead and staff them), shown as a chart and a leaders page.
 * Owns the {@code site_page}, {@code site_page_revision}, {@code menu_item}, {@code org_unit} and
 * {@code org_person} tables; read through {@link vn.htx.portal.pages.PagesApi}, changes told with
 * {@link vn.htx.portal.pages.SiteStructureChanged}.
 */
package vn.htx.portal.pages;
