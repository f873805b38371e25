-- Hibernate Search's outbox-polling coordination (several nodes sharing one Elasticsearch or
-- OpenSearch index) keeps its events and agents in these two tables. They are created here, with
-- the types Hibernate validates on this database, so that switching the coordination on is
-- configuration only and the schema never needs "ddl-auto=update". Unused with one node.
CREATE TABLE hsearch_outbox_event (
    id             UUID                        NOT NULL PRIMARY KEY,
    entity_name    VARCHAR(256)                NOT NULL,
    entity_id      VARCHAR(256)                NOT NULL,
    entity_id_hash INTEGER                     NOT NULL,
    payload        BINARY LARGE OBJECT                        NOT NULL,
    retries        INTEGER                     NOT NULL,
    process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status         VARCHAR(255)                NOT NULL,
    tenant_id      VARCHAR(255),
    CONSTRAINT ck_hsearch_outbox_event_status CHECK (status = ANY (ARRAY['PENDING', 'ABORTED']))
);
CREATE INDEX ix_hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);

CREATE TABLE hsearch_agent (
    id                   UUID                        NOT NULL PRIMARY KEY,
    type                 VARCHAR(255)                NOT NULL,
    name                 VARCHAR(255)                NOT NULL,
    expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state                VARCHAR(255)                NOT NULL,
    total_shard_count    INTEGER,
    assigned_shard_index INTEGER,
    payload              BINARY LARGE OBJECT,
    tenant_id            VARCHAR(255),
    CONSTRAINT ck_hsearch_agent_state CHECK (state = ANY (ARRAY['RUNNING', 'WAITING', 'SUSPENDED'])),
    CONSTRAINT ck_hsearch_agent_type CHECK (type = ANY (ARRAY['EVENT_PROCESSING_DYNAMIC_SHARDING',
        'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING']))
);
