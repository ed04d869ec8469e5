-- A demo request that became an organization (issue 12): marked by the job queue after onboarding.
ALTER TYPE "DemoRequestStatus" ADD VALUE 'converted';

ALTER TABLE "demo_requests"
  ADD COLUMN "converted_organization_id" TEXT REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  ADD COLUMN "converted_at" TIMESTAMPTZ(3);
