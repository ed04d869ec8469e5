-- Custom member attributes (issue #8, "entity types" in seed 002).
--
-- One table holds both the platform defaults (organization_id IS NULL, managed by
-- superadmins) and each org's own attributes. An org attribute with
-- inherits_from_id and overridden = false follows its default: label, flags,
-- status and values are read from the default. The first change an org makes to
-- it copies the default's definition and values into the org's rows and sets
-- overridden = true (docs in lib/services/attributes/effective.ts).
CREATE TYPE "AttributeType" AS ENUM ('text', 'number', 'date', 'boolean', 'single_choice', 'multi_choice');
CREATE TYPE "AttributeStatus" AS ENUM ('active', 'inactive');

CREATE TABLE "attributes" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "key" TEXT NOT NULL,
  "label" TEXT NOT NULL,
  "data_type" "AttributeType" NOT NULL,
  "required" BOOLEAN NOT NULL DEFAULT false,
  "self_editable" BOOLEAN NOT NULL DEFAULT false,
  "filterable" BOOLEAN NOT NULL DEFAULT false,
  "status" "AttributeStatus" NOT NULL DEFAULT 'active',
  "inherits_from_id" TEXT REFERENCES "attributes"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
  "overridden" BOOLEAN NOT NULL DEFAULT false,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);
CREATE UNIQUE INDEX "attributes_organization_id_key_key" ON "attributes"("organization_id", "key");
-- Platform defaults have no organization: NULLs are distinct, so their keys need their own index.
CREATE UNIQUE INDEX "attributes_default_key_key" ON "attributes"("key") WHERE "organization_id" IS NULL;
CREATE INDEX "attributes_inherits_from_id_idx" ON "attributes"("inherits_from_id");

CREATE TABLE "attribute_options" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "attribute_id" TEXT NOT NULL REFERENCES "attributes"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "value" TEXT NOT NULL,
  "label" TEXT NOT NULL,
  "status" "AttributeStatus" NOT NULL DEFAULT 'active',
  "position" INTEGER NOT NULL DEFAULT 0,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);
CREATE UNIQUE INDEX "attribute_options_attribute_id_value_key" ON "attribute_options"("attribute_id", "value");

-- A member's values: one row per value (a multiple choice has one row per chosen value).
-- value_text is the canonical text (number as written by JS, date as YYYY-MM-DD,
-- boolean true/false, a choice's value). The primary key doubles as the filter index:
-- "members of org O whose Location is berlin" is one index range, ordered by user.
CREATE TABLE "member_attribute_values" (
  "organization_id" TEXT NOT NULL,
  "attribute_id" TEXT NOT NULL REFERENCES "attributes"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "value_text" TEXT NOT NULL,
  "user_id" TEXT NOT NULL,
  PRIMARY KEY ("organization_id", "attribute_id", "value_text", "user_id"),
  FOREIGN KEY ("organization_id", "user_id") REFERENCES "memberships"("organization_id", "user_id")
    ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "member_attribute_values_organization_id_user_id_idx"
  ON "member_attribute_values"("organization_id", "user_id");
