-- Invitations carry custom attribute values (key -> array of stored texts, as in
-- member_attribute_values), checked when the invitation is made (single invite, add member,
-- bulk import) and saved when it is accepted. NULL: none.
ALTER TABLE "invitations" ADD COLUMN "attributes" JSONB;
