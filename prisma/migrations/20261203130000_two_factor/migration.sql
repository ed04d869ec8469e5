-- Two-factor authentication (docs/decisions/010-two-factor-authentication.md).
--
-- 1. Whether a user has a second factor (a confirmed TOTP or a passkey), kept by the
--    services that add and remove factors, and copied onto memberships by triggers like the
--    sort keys (migration 20261122063000_members), so that the members list shows it and
--    filters by it without a join per row. An org may require it of everybody entering it.
ALTER TABLE "users" ADD COLUMN "mfa_enabled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "memberships" ADD COLUMN "mfa_enabled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "organizations" ADD COLUMN "require_mfa" BOOLEAN NOT NULL DEFAULT false;

CREATE FUNCTION "memberships_fill_mfa_enabled"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT u."mfa_enabled" INTO NEW."mfa_enabled" FROM "users" u WHERE u."id" = NEW."user_id";
  RETURN NEW;
END $$;

CREATE TRIGGER "memberships_fill_mfa_enabled" BEFORE INSERT OR UPDATE OF "user_id" ON "memberships"
  FOR EACH ROW EXECUTE FUNCTION "memberships_fill_mfa_enabled"();

CREATE FUNCTION "users_sync_membership_mfa_enabled"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "memberships" SET "mfa_enabled" = NEW."mfa_enabled" WHERE "user_id" = NEW."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "users_sync_membership_mfa_enabled" AFTER UPDATE OF "mfa_enabled" ON "users" FOR EACH ROW
  WHEN (OLD."mfa_enabled" IS DISTINCT FROM NEW."mfa_enabled")
  EXECUTE FUNCTION "users_sync_membership_mfa_enabled"();

-- "2FA on" is the rare value while an org rolls the policy out: its members are found here
-- and then sorted; "off" walks the sort index like an unfiltered page.
CREATE INDEX "memberships_org_mfa_enabled_idx" ON "memberships"("organization_id", "user_id") WHERE "mfa_enabled";

-- 2. Sessions record the second factor of their sign-in and the last time their holder
--    confirmed who they are (the sign-in itself, or POST /me/confirm): sensitive changes
--    need a confirmation of the last 10 minutes.
ALTER TABLE "sessions"
  ADD COLUMN "mfa_method" TEXT,
  ADD COLUMN "mfa_at" TIMESTAMPTZ(3),
  ADD COLUMN "confirmed_at" TIMESTAMPTZ(3);

-- 3. Factors. The TOTP secret must be readable to check codes: it is stored encrypted
--    (AES-256-GCM), never hashed. `last_used_step` refuses a code presented twice.
CREATE TABLE "mfa_totp" (
  "user_id" TEXT NOT NULL PRIMARY KEY REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "secret_encrypted" TEXT NOT NULL,
  "confirmed_at" TIMESTAMPTZ(3),
  "last_used_step" BIGINT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "mfa_passkeys" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "user_id" TEXT NOT NULL REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "credential_id" TEXT NOT NULL,
  "public_key" BYTEA NOT NULL,
  "counter" BIGINT NOT NULL DEFAULT 0,
  "transports" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  "device_type" TEXT NOT NULL,
  "backed_up" BOOLEAN NOT NULL DEFAULT false,
  "name" TEXT NOT NULL,
  "last_used_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "mfa_passkeys_credential_id_key" ON "mfa_passkeys"("credential_id");
CREATE INDEX "mfa_passkeys_user_id_idx" ON "mfa_passkeys"("user_id");

-- Ten single-use codes per set, stored as SHA-256 (each is 80 random bits).
CREATE TABLE "mfa_recovery_codes" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "user_id" TEXT NOT NULL REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "code_hash" TEXT NOT NULL,
  "used_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "mfa_recovery_codes_code_hash_key" ON "mfa_recovery_codes"("code_hash");
CREATE INDEX "mfa_recovery_codes_user_id_idx" ON "mfa_recovery_codes"("user_id");
