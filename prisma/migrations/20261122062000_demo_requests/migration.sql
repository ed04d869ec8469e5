-- Demo requests from the public /request-demo form (seed 000), worked through by
-- superadmins: status, the agreed demo date, feedback and internal notes.
CREATE TYPE "DemoRequestStatus" AS ENUM ('new', 'contacted', 'scheduled', 'completed', 'cancelled');

CREATE TABLE "demo_requests" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "first_name" TEXT NOT NULL,
  "last_name" TEXT NOT NULL,
  "email" CITEXT NOT NULL,
  "phone" TEXT,
  "job_title" TEXT,
  "company" TEXT NOT NULL,
  "message" TEXT,
  "consent_at" TIMESTAMPTZ(3) NOT NULL,
  "status" "DemoRequestStatus" NOT NULL DEFAULT 'new',
  "demo_date" TIMESTAMPTZ(3),
  "feedback" TEXT,
  "notes" TEXT,
  "ip" TEXT,
  "user_agent" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);
CREATE INDEX "demo_requests_status_created_at_idx" ON "demo_requests"("status", "created_at" DESC);
CREATE INDEX "demo_requests_created_at_idx" ON "demo_requests"("created_at" DESC);
CREATE INDEX "demo_requests_demo_date_idx" ON "demo_requests"("demo_date");
