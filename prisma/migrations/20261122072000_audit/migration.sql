-- The audit log (issue 7): entries are append-only.
--
-- 1. The database itself refuses to change or remove an entry, whoever asks: the
--    app never does, and a bug or a stray script cannot either. Deleting an
--    organization or a user keeps their trail (the actor and organization columns
--    carry no foreign keys).
CREATE FUNCTION "audit_logs_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_logs is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "audit_logs_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_logs"
  FOR EACH ROW EXECUTE FUNCTION "audit_logs_append_only"();
CREATE TRIGGER "audit_logs_no_truncate" BEFORE TRUNCATE ON "audit_logs"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_logs_append_only"();

-- 2. Indexes for the log's filters, all read newest first with the id as tie-break
--    (keyset pagination on (created_at, id)).
CREATE INDEX "audit_logs_created_at_id_idx" ON "audit_logs"("created_at" DESC, "id" DESC);
CREATE INDEX "audit_logs_organization_id_action_created_at_idx"
  ON "audit_logs"("organization_id", "action", "created_at" DESC);
CREATE INDEX "audit_logs_organization_id_target_type_created_at_idx"
  ON "audit_logs"("organization_id", "target_type", "created_at" DESC);
CREATE INDEX "audit_logs_actor_api_key_id_created_at_idx" ON "audit_logs"("actor_api_key_id", "created_at" DESC);
