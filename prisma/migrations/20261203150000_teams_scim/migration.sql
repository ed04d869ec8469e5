-- Teams (named many-to-many groups of members, SCIM Groups) with an optional role
-- (docs/decisions/016), SCIM's externalId on memberships, the connection's create
-- mode and the log of the last SCIM requests.
ALTER TABLE "organizations" ADD COLUMN "scim_create_mode" TEXT NOT NULL DEFAULT 'add';
ALTER TABLE "memberships" ADD COLUMN "external_id" TEXT;
CREATE INDEX "memberships_organization_id_external_id_idx" ON "memberships"("organization_id", "external_id")
  WHERE "external_id" IS NOT NULL;
-- SCIM's `co`/`ew` on userName and name: substring search on the copied sort keys of
-- one org (decision 006 keeps them lower-cased on memberships), served by trigrams.
CREATE INDEX "memberships_sort_email_trgm_idx" ON "memberships" USING GIN ("sort_email" gin_trgm_ops);
CREATE INDEX "memberships_sort_name_trgm_idx" ON "memberships" USING GIN ("sort_name" gin_trgm_ops);

CREATE TABLE "teams" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "name" CITEXT NOT NULL,
  "description" TEXT NOT NULL DEFAULT '',
  "role_id" TEXT REFERENCES "roles"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
  "external_id" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);
CREATE UNIQUE INDEX "teams_organization_id_name_key" ON "teams"("organization_id", "name");
CREATE INDEX "teams_role_id_idx" ON "teams"("role_id") WHERE "role_id" IS NOT NULL;

CREATE TABLE "team_members" (
  "team_id" TEXT NOT NULL REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "membership_id" TEXT NOT NULL REFERENCES "memberships"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ("team_id", "membership_id")
);
CREATE INDEX "team_members_membership_id_idx" ON "team_members"("membership_id");

CREATE TABLE "scim_requests" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "api_key_id" TEXT,
  "method" TEXT NOT NULL,
  "path" TEXT NOT NULL,
  "status" INTEGER NOT NULL,
  "scim_type" TEXT,
  "detail" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "scim_requests_organization_id_created_at_idx" ON "scim_requests"("organization_id", "created_at");

-- New permissions of the catalog: built-in owners and admins hold all three, members see teams.
UPDATE "roles" SET "permissions" = "permissions" || ARRAY['teams.read', 'teams.write', 'scim.provision']
 WHERE "built_in" AND "key" IN ('owner', 'admin') AND NOT ('teams.read' = ANY("permissions"));
UPDATE "roles" SET "permissions" = array_append("permissions", 'teams.read')
 WHERE "built_in" AND "key" = 'member' AND NOT ('teams.read' = ANY("permissions"));
