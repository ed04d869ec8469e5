-- The role sort as one index walk (docs/decisions/006), like the department sort: the
-- lower-cased name of a member's role is copied onto the membership. It replaces a walk
-- of each role's members followed by a merge, whose plan the planner could not cost well
-- (it took the user_id index and filtered the whole org when the page needed more columns).
-- Two roles with the same name sort together; the user id breaks ties.
ALTER TABLE "memberships" ADD COLUMN "sort_role" TEXT COLLATE "C" NOT NULL DEFAULT '';

CREATE FUNCTION "memberships_fill_role_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."sort_role" := COALESCE((SELECT lower(r."name") FROM "roles" r WHERE r."id" = NEW."role_id"), '');
  RETURN NEW;
END $$;

CREATE TRIGGER "memberships_fill_role_key" BEFORE INSERT OR UPDATE OF "role_id" ON "memberships"
  FOR EACH ROW EXECUTE FUNCTION "memberships_fill_role_key"();

CREATE FUNCTION "roles_sync_membership_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "memberships" SET "sort_role" = lower(NEW."name") WHERE "role_id" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "roles_sync_membership_key" AFTER UPDATE OF "name" ON "roles"
  FOR EACH ROW WHEN (lower(OLD."name") IS DISTINCT FROM lower(NEW."name"))
  EXECUTE FUNCTION "roles_sync_membership_key"();

UPDATE "memberships" m SET "sort_role" = lower(r."name") FROM "roles" r WHERE r."id" = m."role_id";

CREATE INDEX "memberships_organization_id_sort_role_user_id_idx"
  ON "memberships"("organization_id", "sort_role", "user_id");
