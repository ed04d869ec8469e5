-- Bulk import: the attribute values a row carries (key -> array of stored texts), checked when
-- the file is staged and saved when the row's person is added as a member.
ALTER TABLE "import_rows" ADD COLUMN "attributes" JSONB;
