-- SCIM's DELETE /Users/{id} (docs/decisions/016): the membership is deactivated and marked, so SCIM
-- reads answer 404 while the member stays restorable (a new POST /Users or an admin reactivates).
ALTER TABLE "memberships" ADD COLUMN "scim_deleted_at" TIMESTAMPTZ(3);
