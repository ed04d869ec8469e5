-- The department sort as one index walk (docs/decisions/006): the lower-cased name
-- of a member's department is copied onto the membership, like the name and e-mail
-- keys; "no department" is ''. Department names are unique per org ignoring case,
-- so the key alone tells departments apart and the user id breaks ties.
ALTER TABLE "memberships" ADD COLUMN "sort_department" TEXT COLLATE "C" NOT NULL DEFAULT '';

CREATE FUNCTION "memberships_fill_department_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."sort_department" := COALESCE(
    (SELECT lower(d."name"::text) FROM "departments" d WHERE d."id" = NEW."department_id"), '');
  RETURN NEW;
END $$;

CREATE TRIGGER "memberships_fill_department_key" BEFORE INSERT OR UPDATE OF "department_id" ON "memberships"
  FOR EACH ROW EXECUTE FUNCTION "memberships_fill_department_key"();

CREATE FUNCTION "departments_sync_membership_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "memberships" SET "sort_department" = lower(NEW."name"::text) WHERE "department_id" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "departments_sync_membership_key" AFTER UPDATE OF "name" ON "departments"
  FOR EACH ROW WHEN (lower(OLD."name"::text) IS DISTINCT FROM lower(NEW."name"::text))
  EXECUTE FUNCTION "departments_sync_membership_key"();

UPDATE "memberships" m SET "sort_department" = lower(d."name"::text)
  FROM "departments" d WHERE d."id" = m."department_id";

CREATE INDEX "memberships_organization_id_sort_department_user_id_idx"
  ON "memberships"("organization_id", "sort_department", "user_id");
