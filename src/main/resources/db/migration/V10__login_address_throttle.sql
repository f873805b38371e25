-- Failed logins per client address in a fixed 15-minute window, beside the per-name lock-out: one
-- address trying many names is refused for the rest of its window. Rows are swept after a day.
CREATE TABLE login_address_throttle (
    client_address VARCHAR(64) NOT NULL PRIMARY KEY,
    failures       INT         NOT NULL DEFAULT 0,
    window_start   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_login_throttle_last_failure ON login_throttle (last_failure_at);
CREATE INDEX ix_login_address_throttle_window ON login_address_throttle (window_start);
