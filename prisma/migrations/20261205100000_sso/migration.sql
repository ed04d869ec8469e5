-- Single sign-on (issue 15, docs/decisions/020): joining by verified domain, the org's identity
-- providers (OIDC and SAML), started sign-ins, linked identities and SAML assertion ids seen.
ALTER TABLE "organizations"
  ADD COLUMN "domain_join" TEXT NOT NULL DEFAULT 'off' CHECK ("domain_join" IN ('off', 'suggest', 'auto')),
  ADD COLUMN "domain_join_role_id" TEXT REFERENCES "roles"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  ADD COLUMN "sso_required" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "sso_connections" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "type" TEXT NOT NULL CHECK ("type" IN ('oidc', 'saml')),
  "name" TEXT NOT NULL,
  "enabled" BOOLEAN NOT NULL DEFAULT true,
  "issuer" TEXT,
  "client_id" TEXT,
  "client_secret_sealed" TEXT,
  "idp_metadata_xml" TEXT,
  "idp_entity_id" TEXT,
  "idp_sso_url" TEXT,
  "idp_certificates" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  "allow_idp_initiated" BOOLEAN NOT NULL DEFAULT false,
  "default_role_id" TEXT REFERENCES "roles"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "last_sign_in_at" TIMESTAMPTZ(3),
  "last_error" TEXT,
  "last_error_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);
CREATE INDEX "sso_connections_organization_id_idx" ON "sso_connections"("organization_id");

CREATE TABLE "sso_logins" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "connection_id" TEXT NOT NULL REFERENCES "sso_connections"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "nonce" TEXT,
  "code_verifier_sealed" TEXT,
  "request_id" TEXT,
  "callback_url" TEXT NOT NULL DEFAULT '/',
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "used_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "sso_logins_connection_id_request_id_idx" ON "sso_logins"("connection_id", "request_id");
CREATE INDEX "sso_logins_expires_at_idx" ON "sso_logins"("expires_at");

CREATE TABLE "sso_identities" (
  "connection_id" TEXT NOT NULL REFERENCES "sso_connections"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "subject" TEXT NOT NULL,
  "user_id" TEXT NOT NULL REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "last_sign_in_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ("connection_id", "subject")
);
CREATE INDEX "sso_identities_user_id_idx" ON "sso_identities"("user_id");

CREATE TABLE "saml_assertions" (
  "connection_id" TEXT NOT NULL REFERENCES "sso_connections"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "assertion_id" TEXT NOT NULL,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  PRIMARY KEY ("connection_id", "assertion_id")
);
CREATE INDEX "saml_assertions_expires_at_idx" ON "saml_assertions"("expires_at");

-- The new permission of the catalog: built-in owners and admins hold it.
UPDATE "roles" SET "permissions" = array_append("permissions", 'sso.manage')
 WHERE "built_in" AND "key" IN ('owner', 'admin') AND NOT ('sso.manage' = ANY("permissions"));
