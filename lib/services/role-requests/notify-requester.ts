import 'server-only';
import type { Tx } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';
import { fullName } from './to-role-request';

/** Tells the requester how their role request was decided (in the reviewer's transaction, through the outbox). */
export async function notifyRequester(
  tx: Tx,
  org: { id: string; name: string },
  request: {
    requester: { email: string; firstName: string; lastName: string };
    roleName: string;
    status: 'approved' | 'rejected';
    note: string | null;
    reviewerName: string;
  },
): Promise<void> {
  const { requester } = request;
  await queueEmail(tx, {
    to: requester.email,
    template: 'role_request_decided',
    wording: { org: org.id },
    action: { path: '/account#role-requests-heading' },
    vars: {
      'user.name': fullName(requester),
      'user.firstName': requester.firstName,
      'user.email': requester.email,
      'org.name': org.name,
      'role.name': request.roleName,
      decision: request.status,
      note: request.note ?? '',
      'reviewer.name': request.reviewerName,
    },
  });
}
