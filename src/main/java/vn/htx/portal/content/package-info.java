/**
 * News: categories (chuyên mục), articles and their public pages. Owns the {@code category},
 * {@code article} and {@code article_slug_redirect} tables. Other modules read it through
 * {@link vn.htx.portal.content.ContentApi}.
 */
package vn.htx.portal.content;
