import { apiRequest } from '@/components/account/api';
import type { AcceptInvitationResult } from '@/lib/schemas/invitation';

/** What a 404 from accept means to the person holding the link. */
export const GONE = 'This invitation is no longer valid: it was revoked, used or replaced by a newer one.';

/** POST /api/v1/invitations/accept from the browser, with the session cookie when there is one. */
export function acceptInvitationRequest(body: Record<string, string>) {
  return apiRequest<AcceptInvitationResult>('POST', '/invitations/accept', body);
}
