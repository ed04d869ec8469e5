import type { Accepted } from '@/lib/schemas/account';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { hit } from '@/lib/server/rate-limit';
import { limits } from '@/lib/server/rate-limit/limits';
import type { RequestMeta } from '@/lib/server/request-meta';
import { accountUserSelect } from './actor';
import { withinMailQuota } from './mail-quota';
import { sendActivation } from './send-activation';

export const RESEND_ACCEPTED: Accepted = {
  message: 'If an account at this address is waiting for activation, we sent it a new activation link.',
};

/** POST /auth/activate/resend: 202 always; a new link goes out only to an account that is still pending. */
export async function resendActivation(email: string, meta: RequestMeta): Promise<Accepted> {
  if (meta.ip) await hit(limits.activationResend, meta.ip);
  const user = await db.user.findUnique({ where: { email }, select: accountUserSelect });
  const allowed = await withinMailQuota('activation', email);
  if (user?.status !== 'pending' || !allowed) return RESEND_ACCEPTED;
  await db.$transaction(async (tx) => {
    await sendActivation(tx, user);
    await audit(
      tx,
      { principal: null, orgId: null, meta },
      { action: 'user.activation_resend', targetType: 'user', targetId: user.id },
    );
  });
  return RESEND_ACCEPTED;
}
