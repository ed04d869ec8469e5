-- Verified e-mail domains of an organization (issue 15, docs/decisions/019): claimed with a
-- random TXT value, proven by publishing it at _portal-verification.<domain>.
CREATE TYPE "DomainStatus" AS ENUM ('pending', 'verified', 'failed');

CREATE TABLE "organization_domains" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "domain" TEXT NOT NULL,
  "status" "DomainStatus" NOT NULL DEFAULT 'pending',
  "verification_value" TEXT NOT NULL,
  "last_checked_at" TIMESTAMPTZ(3),
  "verified_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- One org claims a domain once; several orgs may have pending claims, but only one may hold it verified.
CREATE UNIQUE INDEX "organization_domains_organization_id_domain_key" ON "organization_domains"("organization_id", "domain");
CREATE INDEX "organization_domains_domain_idx" ON "organization_domains"("domain");
CREATE UNIQUE INDEX "organization_domains_verified_domain_key" ON "organization_domains"("domain")
  WHERE "status" = 'verified';

-- The new permission of the catalog: built-in owners and admins hold it.
UPDATE "roles" SET "permissions" = array_append("permissions", 'domains.manage')
 WHERE "built_in" AND "key" IN ('owner', 'admin') AND NOT ('domains.manage' = ANY("permissions"));
