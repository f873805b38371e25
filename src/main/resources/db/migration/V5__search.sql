-- Search moves to the full-text index (Hibernate Search): the folded LIKE column is no longer used.
ALTER TABLE legal_document DROP COLUMN search_text;

-- The text of an attached PDF or DOCX, extracted once on upload, so the index can be rebuilt
-- without reading every file again.
ALTER TABLE document_attachment ADD COLUMN text_content TEXT;
