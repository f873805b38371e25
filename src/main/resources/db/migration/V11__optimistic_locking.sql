-- Every item edited through a form carries a version: a save based on an older version than the one
-- stored is refused instead of silently overwriting somebody else's changes (articles have had one
-- since V1). Counters (views, downloads) are written by SQL without touching it.
ALTER TABLE announcement ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE legal_document ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE category ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE site_settings ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
