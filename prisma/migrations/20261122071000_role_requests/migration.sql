-- Role requests (seed 002's requestOrgRole / getRequests / updateRequestStatus):
-- a member asks for another role of their org; a reviewer approves (the role is
-- assigned) or rejects with a note; the member may cancel while it is pending.
CREATE TYPE "RoleRequestStatus" AS ENUM ('pending', 'approved', 'rejected', 'cancelled');

-- Deleting a role deletes the requests for it (they can no longer be granted);
-- the role held at request time is kept only as long as that role exists.
CREATE TABLE "role_requests" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "user_id" TEXT NOT NULL REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "role_id" TEXT NOT NULL REFERENCES "roles"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "from_role_id" TEXT REFERENCES "roles"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "reason" TEXT NOT NULL,
  "status" "RoleRequestStatus" NOT NULL DEFAULT 'pending',
  "note" TEXT,
  "reviewed_by_id" TEXT REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "reviewed_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);

-- One open (pending) request per member per org. Partial, so schema.prisma cannot
-- say it; the drift check skips partial indexes.
CREATE UNIQUE INDEX "role_requests_one_pending_key" ON "role_requests"("organization_id", "user_id")
  WHERE "status" = 'pending';
CREATE INDEX "role_requests_organization_id_status_created_at_idx"
  ON "role_requests"("organization_id", "status", "created_at" DESC);
CREATE INDEX "role_requests_organization_id_created_at_idx" ON "role_requests"("organization_id", "created_at" DESC);
CREATE INDEX "role_requests_user_id_created_at_idx" ON "role_requests"("user_id", "created_at" DESC);
