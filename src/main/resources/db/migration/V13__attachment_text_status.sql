-- An attached file's text is extracted after the upload has been answered, in a separate small JVM
-- with limits of its own: PENDING until then, DONE with text, NONE when the file has no text that
-- could be read (scanned, damaged, password, over a limit). PENDING rows are taken up again at
-- start-up, so an upload acknowledged just before a crash still gets its text.
ALTER TABLE document_attachment ADD COLUMN text_status VARCHAR(20) NOT NULL DEFAULT 'DONE';
UPDATE document_attachment SET text_status = 'NONE' WHERE text_content IS NULL;
ALTER TABLE document_attachment ADD CONSTRAINT ck_document_attachment_text_status
    CHECK (text_status = ANY (ARRAY['PENDING', 'DONE', 'NONE']));
CREATE INDEX ix_document_attachment_text_status ON document_attachment (text_status);
CREATE INDEX ix_document_attachment_storage_key ON document_attachment (storage_key);
