-- The sweep of stored images without a row asks, per file, whether a row refers to it as its image
-- or as its thumbnail: both are looked up by index.
CREATE INDEX ix_media_thumb_key ON media (thumb_key);
