-- Webhooks (Standard Webhooks): endpoints per org, the events the services write
-- in the same transaction as the change (the outbox), one delivery per endpoint
-- and event, and every attempt of a delivery (the delivery log).
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('pending', 'succeeded', 'failed');

-- `secret` and `previous_secret` are sealed with AES-256-GCM (docs/decisions/012):
-- they must be usable for signing, so they cannot be hashed. The previous secret
-- keeps signing alongside the new one until `previous_secret_expires_at`.
CREATE TABLE "webhook_endpoints" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "url" TEXT NOT NULL,
  "description" TEXT NOT NULL DEFAULT '',
  "events" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  "enabled" BOOLEAN NOT NULL DEFAULT true,
  "disabled_reason" TEXT,
  "secret" TEXT NOT NULL,
  "previous_secret" TEXT,
  "previous_secret_expires_at" TIMESTAMPTZ(3),
  "failing_since" TIMESTAMPTZ(3),
  "created_by_id" TEXT REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);
CREATE INDEX "webhook_endpoints_organization_id_idx" ON "webhook_endpoints"("organization_id");

-- The body is kept as the exact text that is signed and sent, so every attempt sends the same bytes.
CREATE TABLE "webhook_events" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "type" TEXT NOT NULL,
  "body" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "webhook_events_created_at_idx" ON "webhook_events"("created_at");

-- `job_id` is the queued job that may attempt the delivery next: a job whose id is
-- no longer there (a manual retry replaced it) does nothing.
CREATE TABLE "webhook_deliveries" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "organization_id" TEXT NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "endpoint_id" TEXT NOT NULL REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "event_id" TEXT NOT NULL REFERENCES "webhook_events"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "event_type" TEXT NOT NULL,
  "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'pending',
  "attempts" INTEGER NOT NULL DEFAULT 0,
  "next_attempt_at" TIMESTAMPTZ(3),
  "job_id" TEXT,
  "last_response_code" INTEGER,
  "last_duration_ms" INTEGER,
  "last_error" TEXT,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updated_at" TIMESTAMPTZ(3) NOT NULL
);
CREATE INDEX "webhook_deliveries_endpoint_id_created_at_idx" ON "webhook_deliveries"("endpoint_id", "created_at" DESC);
CREATE INDEX "webhook_deliveries_event_id_idx" ON "webhook_deliveries"("event_id");
CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries"("created_at");

CREATE TABLE "webhook_attempts" (
  "id" TEXT NOT NULL PRIMARY KEY,
  "delivery_id" TEXT NOT NULL REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  "number" INTEGER NOT NULL,
  "manual" BOOLEAN NOT NULL DEFAULT false,
  "succeeded" BOOLEAN NOT NULL,
  "response_code" INTEGER,
  "response_body" TEXT,
  "error" TEXT,
  "duration_ms" INTEGER NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "webhook_attempts_delivery_id_number_idx" ON "webhook_attempts"("delivery_id", "number");

-- The catalog's new permission: the built-in owner and admin roles of every org hold it.
UPDATE "roles" SET "permissions" = array_append("permissions", 'webhooks.manage')
 WHERE "built_in" AND "key" IN ('owner', 'admin') AND NOT ('webhooks.manage' = ANY("permissions"));
