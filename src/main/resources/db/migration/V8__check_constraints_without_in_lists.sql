-- The embedded H2 (2.4) compiles a CHECK (x IN (...)) or (x = 'a' OR x = 'b') constraint into a set
-- that keeps a reference to the session that created it. On a fresh database that session is the
-- pooled connection the migrations ran on; once the pool retires it (about 30 minutes later) every
-- insert or update of the table failed with "Check constraint invalid ... The database has been
-- closed" until a restart. "= ANY (ARRAY[...])" is evaluated without such a set, means the same
-- and is the form PostgreSQL itself stores. New constraints are written this way (a test checks it).
ALTER TABLE article DROP CONSTRAINT ck_article_status;
ALTER TABLE article ADD CONSTRAINT ck_article_status
    CHECK (status = ANY (ARRAY['DRAFT', 'PENDING', 'RETURNED', 'PUBLISHED', 'UNPUBLISHED']));

ALTER TABLE announcement DROP CONSTRAINT ck_announcement_status;
ALTER TABLE announcement ADD CONSTRAINT ck_announcement_status
    CHECK (status = ANY (ARRAY['DRAFT', 'PUBLISHED', 'UNPUBLISHED']));

ALTER TABLE legal_document DROP CONSTRAINT ck_legal_document_status;
ALTER TABLE legal_document ADD CONSTRAINT ck_legal_document_status
    CHECK (status = ANY (ARRAY['DRAFT', 'PUBLISHED', 'UNPUBLISHED']));

ALTER TABLE app_user DROP CONSTRAINT ck_app_user_role;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_role
    CHECK (role = ANY (ARRAY['ADMIN', 'EDITOR', 'AUTHOR']));

ALTER TABLE document_term DROP CONSTRAINT ck_document_term_kind;
ALTER TABLE document_term ADD CONSTRAINT ck_document_term_kind
    CHECK (kind = ANY (ARRAY['TYPE', 'ISSUER', 'FIELD', 'SIGNER']));

ALTER TABLE document_relation DROP CONSTRAINT ck_document_relation;
ALTER TABLE document_relation ADD CONSTRAINT ck_document_relation
    CHECK (relation = ANY (ARRAY['REPLACES', 'AMENDS', 'RELATED']));
