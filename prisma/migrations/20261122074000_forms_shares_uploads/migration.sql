-- Dynamic forms (seed 002's forms): one current definition per (org, type, subType),
-- a version bumped on every update, and every published version kept for clients
-- that cached an older one.
CREATE TABLE "forms" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "type" TEXT NOT NULL,
  "sub_type" TEXT NOT NULL,
  "definition" JSONB NOT NULL,
  "version" INTEGER NOT NULL DEFAULT 1,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);
CREATE UNIQUE INDEX "forms_organization_id_type_sub_type_key" ON "forms"("organization_id", "type", "sub_type");

CREATE TABLE "form_versions" (
  "form_id" TEXT NOT NULL REFERENCES "forms"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "version" INTEGER NOT NULL,
  "definition" JSONB NOT NULL,
  "created_by_id" TEXT REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY ("form_id", "version")
);

-- Read-only links to a member's profile card (seed 002's share). Only the token's
-- SHA-256 is stored; the raw token is shown once, in the link.
CREATE TABLE "share_links" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "token_hash" TEXT NOT NULL,
  "user_id" TEXT NOT NULL REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "fields" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "revoked_at" TIMESTAMPTZ(3),
  "last_viewed_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "share_links_token_hash_key" ON "share_links"("token_hash");
CREATE INDEX "share_links_user_id_created_at_idx" ON "share_links"("user_id", "created_at" DESC);

-- Signed direct uploads (seed 002's cloud services): a slot for one file of one
-- purpose, at most `declared_size` bytes, usable once before `expires_at`.
CREATE TYPE "UploadPurpose" AS ENUM ('avatar', 'logo', 'import');
CREATE TYPE "UploadStatus" AS ENUM ('pending', 'uploaded');

CREATE TABLE "uploads" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "purpose" "UploadPurpose" NOT NULL,
  "owner_id" TEXT NOT NULL REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "organization_id" TEXT REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "content_type" TEXT NOT NULL,
  "declared_size" INTEGER NOT NULL,
  "size" INTEGER,
  "storage_key" TEXT NOT NULL,
  "status" "UploadStatus" NOT NULL DEFAULT 'pending',
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "uploaded_at" TIMESTAMPTZ(3),
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "uploads_storage_key_key" ON "uploads"("storage_key");
CREATE INDEX "uploads_owner_id_created_at_idx" ON "uploads"("owner_id", "created_at" DESC);
