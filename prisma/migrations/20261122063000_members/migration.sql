-- Members at scale (docs/decisions/006-members-list-at-scale.md).
--
-- 1. users.must_change_password: an account created by an admin with a temporary
--    password must choose its own at first sign-in.
ALTER TABLE "users" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;

-- 2. Sort keys copied from users onto memberships, so that every sort of one org's
--    members is an index scan on (organization_id, key, user_id). Triggers keep the
--    copies in step: whoever inserts a membership or changes a user need not know.
--    COLLATE "C": byte order of the lower-cased text, cheap and the same everywhere.
ALTER TABLE "memberships"
  ADD COLUMN "sort_name" TEXT COLLATE "C" NOT NULL DEFAULT '',
  ADD COLUMN "sort_email" TEXT COLLATE "C" NOT NULL DEFAULT '',
  ADD COLUMN "last_seen_at" TIMESTAMPTZ(3);

CREATE FUNCTION "memberships_fill_sort_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT lower(u."first_name" || ' ' || u."last_name"), lower(u."email"::text), u."last_seen_at"
    INTO NEW."sort_name", NEW."sort_email", NEW."last_seen_at"
    FROM "users" u WHERE u."id" = NEW."user_id";
  RETURN NEW;
END $$;

CREATE TRIGGER "memberships_fill_sort_keys" BEFORE INSERT OR UPDATE OF "user_id" ON "memberships"
  FOR EACH ROW EXECUTE FUNCTION "memberships_fill_sort_keys"();

CREATE FUNCTION "users_sync_membership_sort_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "memberships"
     SET "sort_name" = lower(NEW."first_name" || ' ' || NEW."last_name"),
         "sort_email" = lower(NEW."email"::text),
         "last_seen_at" = NEW."last_seen_at"
   WHERE "user_id" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "users_sync_membership_sort_keys" AFTER UPDATE OF "first_name", "last_name", "email", "last_seen_at"
  ON "users" FOR EACH ROW
  WHEN (OLD."first_name" IS DISTINCT FROM NEW."first_name" OR OLD."last_name" IS DISTINCT FROM NEW."last_name"
        OR OLD."email" IS DISTINCT FROM NEW."email" OR OLD."last_seen_at" IS DISTINCT FROM NEW."last_seen_at")
  EXECUTE FUNCTION "users_sync_membership_sort_keys"();

UPDATE "memberships" m
   SET "sort_name" = lower(u."first_name" || ' ' || u."last_name"),
       "sort_email" = lower(u."email"::text),
       "last_seen_at" = u."last_seen_at"
  FROM "users" u WHERE u."id" = m."user_id";

-- 3. One index per sort; the user id is the tie-break and the keyset's last key.
DROP INDEX "memberships_organization_id_department_id_idx";
DROP INDEX "memberships_organization_id_role_id_idx";
CREATE INDEX "memberships_organization_id_department_id_user_id_idx"
  ON "memberships"("organization_id", "department_id", "user_id");
CREATE INDEX "memberships_organization_id_role_id_user_id_idx" ON "memberships"("organization_id", "role_id", "user_id");
CREATE INDEX "memberships_organization_id_sort_name_user_id_idx"
  ON "memberships"("organization_id", "sort_name", "user_id");
CREATE INDEX "memberships_organization_id_sort_email_user_id_idx"
  ON "memberships"("organization_id", "sort_email", "user_id");
CREATE INDEX "memberships_organization_id_joined_at_user_id_idx"
  ON "memberships"("organization_id", "joined_at", "user_id");
-- Never-seen members sort as -infinity: first ascending, last descending, and keyset needs no NULL cases.
CREATE INDEX "memberships_org_last_seen_user_id_idx"
  ON "memberships"("organization_id", (COALESCE("last_seen_at", '-infinity'::timestamptz)), "user_id");

-- 4. Search. Terms of 3+ characters: substring match through a trigram index over
--    name and e-mail. Terms of 1-2 characters (no trigram in them): prefix match on
--    first name, last name or e-mail through btree pattern indexes.
CREATE INDEX "users_search_trgm_idx" ON "users"
  USING GIN ((lower("first_name" || ' ' || "last_name" || ' ' || "email"::text)) gin_trgm_ops);
CREATE INDEX "users_first_name_prefix_idx" ON "users"(lower("first_name") text_pattern_ops);
CREATE INDEX "users_last_name_prefix_idx" ON "users"(lower("last_name") text_pattern_ops);
CREATE INDEX "users_email_prefix_idx" ON "users"(lower("email"::text) text_pattern_ops);

-- 5. Stats: joins per week and audit entries about one member.
CREATE INDEX "audit_logs_organization_id_target_id_created_at_idx"
  ON "audit_logs"("organization_id", "target_id", "created_at" DESC);
