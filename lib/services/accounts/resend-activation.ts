import type { Accepted } from '@/lib/schemas/account';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { type ClaimedJob, enqueue } from '@/lib/server/jobs/queue';
import { nudgeWorker } from '@/lib/server/jobs/worker';
import { hit } from '@/lib/server/rate-limit';
import { limits } from '@/lib/server/rate-limit/limits';
import type { RequestMeta } from '@/lib/server/request-meta';
import { accountUserSelect } from './actor';
import { withinMailQuota } from './mail-quota';
import { sendActivation } from './send-activation';

export const RESEND_ACCEPTED: Accepted = {
  message: 'If an account at this address is waiting for activation, we sent it a new activation link.',
};

export const ACTIVATION_RESEND_QUEUE = 'activation-resend';

/**
 * POST /auth/activate/resend: 202 always. The request does the same work for
 * every address (one job written), so neither its answer nor its time tells
 * whether an account is waiting; the job looks the address up and mails a new
 * link only to an account that is still pending.
 */
export async function resendActivation(email: string, meta: RequestMeta): Promise<Accepted> {
  if (meta.ip) await hit(limits.activationResend, meta.ip);
  await db.$transaction((tx) => enqueue(tx, ACTIVATION_RESEND_QUEUE, { email, meta: { ...meta } }));
  nudgeWorker();
  return RESEND_ACCEPTED;
}

/** The `activation-resend` job: a new link for a pending account, within the per-address mail quota. */
export async function resendActivationJob(job: ClaimedJob): Promise<void> {
  const email = String(job.payload.email);
  const meta = (job.payload.meta ?? { ip: null, userAgent: null }) as RequestMeta;
  const user = await db.user.findUnique({ where: { email }, select: accountUserSelect });
  const allowed = await withinMailQuota('activation', email);
  if (user?.status !== 'pending' || !allowed) return;
  await db.$transaction(async (tx) => {
    await sendActivation(tx, user);
    await audit(
      tx,
      { principal: null, orgId: null, meta },
      { action: 'user.activation_resend', targetType: 'user', targetId: user.id },
    );
  });
}
