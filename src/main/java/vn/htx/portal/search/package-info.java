/**
 * Full-text search (tìm kiếm) over everything the public can read: published articles, documents
 * of the library with the text of their attached files, and announcements. Owns the search index
 * (Hibernate Search; embedded Lucene under the data directory, or Elasticsearch/OpenSearch for
 * several nodes). Other modules make their entities {@link vn.htx.portal.search.Searchable} and bind
 * them with {@link vn.htx.portal.search.SearchableBinder}; this module never reads their tables.
 */
package vn.htx.portal.search;
