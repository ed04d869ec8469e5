import type { AcceptInvitationResult } from '@/lib/schemas/invitation';
import type { ActionError } from '@/lib/ui/server-errors';

export type AcceptResult =
  | { ok: true; data: AcceptInvitationResult }
  | { ok: false; status: number; error: ActionError };

/** What a 404 from accept means to the person holding the link. */
export const GONE = 'This invitation is no longer valid: it was revoked, used or replaced by a newer one.';

const OFFLINE: ActionError = {
  code: 'internal',
  message: 'Could not reach the server. Check your connection and try again.',
};

/** POST /api/v1/invitations/accept from the browser, with the session cookie when there is one. */
export async function acceptInvitationRequest(body: Record<string, string>): Promise<AcceptResult> {
  let res: Response;
  try {
    res = await fetch('/api/v1/invitations/accept', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, error: OFFLINE };
  }
  const json = (await res.json().catch(() => null)) as { error?: ActionError } | AcceptInvitationResult | null;
  if (res.ok && json && !('error' in json)) return { ok: true, data: json as AcceptInvitationResult };
  const error = (json && 'error' in json && json.error) || {
    code: 'internal',
    message: 'Something went wrong on our side. Try again in a moment.',
  };
  return { ok: false, status: res.status, error };
}
