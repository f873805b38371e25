/**
 * News: categories (chuyên mục), articles and their public pages, the editorial workflow. Owns the
 * {@code category}, {@code category_member}, {@code article}, {@code article_revision}, {@code
 * article_transition} and {@code article_slug_redirect} tables. Other modules read it through
 * {@link vn.htx.portal.content.ContentApi}; it tells them of changes with {@link
 * vn.htx.portal.content.ArticlePublished}, {@link vn.htx.portal.content.ArticleUnpublished}, {@link
 * vn.htx.portal.content.ArticleChanged} and {@link vn.htx.portal.content.CategorySaved}.
 */
package vn.htx.portal.content;
