-- Bulk imports (CSV / XLSX): one row per uploaded file, and every row of the file
-- staged in import_rows before it is processed in batches. A row's status moves
-- from pending to its result inside the same transaction as the change it makes,
-- so an import that was interrupted resumes without doing any row twice.
CREATE TYPE "ImportStatus" AS ENUM ('queued', 'running', 'completed', 'failed');
CREATE TYPE "ImportRowStatus" AS ENUM ('pending', 'created', 'added', 'already_member', 'failed');

CREATE TABLE "imports" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "created_by_id" TEXT REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "created_by_label" TEXT NOT NULL,
  "file_name" TEXT NOT NULL,
  "file_type" TEXT NOT NULL,
  "file_size" INTEGER NOT NULL,
  "file_key" TEXT NOT NULL,
  "status" "ImportStatus" NOT NULL DEFAULT 'queued',
  "dry_run" BOOLEAN NOT NULL DEFAULT false,
  "options" JSONB NOT NULL,
  "total_rows" INTEGER NOT NULL DEFAULT 0,
  "processed_rows" INTEGER NOT NULL DEFAULT 0,
  "created_count" INTEGER NOT NULL DEFAULT 0,
  "added_count" INTEGER NOT NULL DEFAULT 0,
  "already_member_count" INTEGER NOT NULL DEFAULT 0,
  "failed_count" INTEGER NOT NULL DEFAULT 0,
  "error" TEXT,
  "staged_at" TIMESTAMPTZ(3),
  "started_at" TIMESTAMPTZ(3),
  "finished_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);
CREATE INDEX "imports_organization_id_created_at_idx" ON "imports"("organization_id", "created_at" DESC);

-- Values as read from the file (trimmed); role_id and department_id as resolved
-- when the row was staged. No foreign keys: the row is a record of the file.
CREATE TABLE "import_rows" (
  "import_id" TEXT NOT NULL REFERENCES "imports"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "row_number" INTEGER NOT NULL,
  "email" CITEXT NOT NULL,
  "first_name" TEXT,
  "last_name" TEXT,
  "role" TEXT,
  "department" TEXT,
  "job_title" TEXT,
  "role_id" TEXT,
  "department_id" TEXT,
  "status" "ImportRowStatus" NOT NULL DEFAULT 'pending',
  "reason" TEXT,
  PRIMARY KEY ("import_id", "row_number")
);
