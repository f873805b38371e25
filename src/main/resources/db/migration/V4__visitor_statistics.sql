-- Visitor statistics. Counts only ever grow: nothing here is reset when a day or month turns.

ALTER TABLE stats_total ADD COLUMN bot_views BIGINT NOT NULL DEFAULT 0;

-- The day's salt for visitor hashes, shared by every node so that one visitor is one visitor.
CREATE TABLE stats_salt (
    stat_day  DATE        NOT NULL PRIMARY KEY,
    salt VARCHAR(64) NOT NULL
);

-- When each (hashed, anonymous) visitor was last seen: decides visits and "online now".
CREATE TABLE stats_visitor (
    visitor_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    last_seen    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_stats_visitor_last_seen ON stats_visitor (last_seen);

CREATE TABLE stats_day (
    stat_day        DATE   NOT NULL PRIMARY KEY,
    visits     BIGINT NOT NULL DEFAULT 0,
    page_views BIGINT NOT NULL DEFAULT 0,
    bot_views  BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE stats_hour (
    hour_start TIMESTAMP WITH TIME ZONE NOT NULL PRIMARY KEY,
    visits     BIGINT NOT NULL DEFAULT 0,
    page_views BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE stats_article_day (
    stat_day          DATE         NOT NULL,
    article_slug VARCHAR(120) NOT NULL,
    views        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (stat_day, article_slug)
);

CREATE TABLE stats_referrer_day (
    stat_day   DATE         NOT NULL,
    host  VARCHAR(255) NOT NULL,
    views BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (stat_day, host)
);

-- Browser, operating system and device families per day (kind: BROWSER, OS, DEVICE).
CREATE TABLE stats_agent_day (
    stat_day   DATE        NOT NULL,
    kind  VARCHAR(10) NOT NULL,
    name  VARCHAR(60) NOT NULL,
    views BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (stat_day, kind, name)
);
