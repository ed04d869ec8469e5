import type { Tx } from '@/lib/server/db';
import { writeInvitation } from '@/lib/services/invitations/write-invitation';

export interface TxInvite {
  org: { id: string; name: string; invitationExpiryDays: number };
  role: { id: string; name: string };
  email: string;
  firstName?: string | null;
  lastName?: string | null;
  inviter: { userId: string; name: string };
}

/**
 * An invitation made inside the caller's transaction (onboarding, add admin): the same
 * writeInvitation as POST …/invitations, so the same token, expiry, e-mail and event.
 */
export async function inviteInTx(tx: Tx, input: TxInvite): Promise<string> {
  return (await writeInvitation(tx, input)).id;
}
