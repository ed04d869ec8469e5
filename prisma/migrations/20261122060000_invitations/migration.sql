-- Invitations: single invites, resend, revoke, accept.
--
-- 'expired' is stored only when a new invitation replaces a pending one whose
-- expiry has passed (the partial unique index allows one pending row per
-- org and e-mail). Nobody withdrew it, so it is not 'revoked'. A pending row
-- past expires_at is reported as expired without being rewritten.
ALTER TYPE "InvitationStatus" ADD VALUE IF NOT EXISTS 'expired';

-- The invitations list sorts by sent date, newest first, by default.
CREATE INDEX "invitations_organization_id_created_at_idx" ON "invitations"("organization_id", "created_at" DESC);
