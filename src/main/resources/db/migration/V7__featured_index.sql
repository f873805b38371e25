-- The home page's featured article: few are featured, found without reading the others.
CREATE INDEX ix_article_featured_public_order ON article (featured, status, published_at DESC, id DESC);
