-- Application access (seed 003): each org's application catalog, and which
-- member may use which application at which of its access levels.
CREATE TABLE "applications" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "name" CITEXT NOT NULL,
  "owner" TEXT NOT NULL DEFAULT '',
  "type" TEXT NOT NULL DEFAULT '',
  "description" TEXT NOT NULL DEFAULT '',
  "access_levels" TEXT[] NOT NULL DEFAULT ARRAY['read', 'write', 'full']::TEXT[],
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);
-- Names are unique per org ignoring case (citext); the index also serves the name sort.
CREATE UNIQUE INDEX "applications_organization_id_name_key" ON "applications"("organization_id", "name");
CREATE INDEX "applications_organization_id_type_idx" ON "applications"("organization_id", "type");

-- A grant belongs to a membership: removing someone from the org (or deleting
-- the user, the org or the application) removes their grants with it.
CREATE TABLE "application_grants" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "application_id" TEXT NOT NULL REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "user_id" TEXT NOT NULL REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "access_level" TEXT NOT NULL,
  "granted_by_id" TEXT REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL,
  FOREIGN KEY ("organization_id", "user_id") REFERENCES "memberships"("organization_id", "user_id")
    ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "application_grants_application_id_user_id_key" ON "application_grants"("application_id", "user_id");
CREATE INDEX "application_grants_organization_id_user_id_idx" ON "application_grants"("organization_id", "user_id");
CREATE INDEX "application_grants_user_id_idx" ON "application_grants"("user_id");
CREATE INDEX "application_grants_granted_by_id_idx" ON "application_grants"("granted_by_id");
