import type { Prisma } from '@/lib/generated/prisma/client';
import type { Me } from '@/lib/schemas/me';
import type { UpdateProfileInput } from '@/lib/schemas/profile';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { saveOwnAttributes } from '@/lib/services/attributes/own-values';
import { getMe } from '@/lib/services/me/get-me';
import { emitOwnProfileUpdated } from '@/lib/services/webhooks/payloads';

const fields = ['firstName', 'lastName', 'phone', 'country', 'jobTitle', 'language'] as const;
/** The fields a member's read shape shows: changing one is a `member.updated` in each of the user's orgs. */
const shown = new Set(['firstName', 'lastName', 'phone', 'country', 'jobTitle']);

/** PATCH /me: the caller's own profile; `acceptTerms: true` records when they accepted. Returns the /me body. */
export async function updateProfile(principal: UserPrincipal, input: Partial<UpdateProfileInput>): Promise<Me> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: principal.userId } });
    if (!user) throw notFound('User');
    const data: Prisma.UserUpdateInput = {};
    const before: Record<string, unknown> = {};
    for (const key of fields) {
      const value = input[key];
      if (value !== undefined && value !== user[key]) {
        Object.assign(data, { [key]: value });
        before[key] = user[key];
      }
    }
    if (input.acceptTerms) {
      data.termsAcceptedAt = new Date();
      before.termsAcceptedAt = user.termsAcceptedAt;
    }
    if (input.attributes) await saveOwnAttributes(tx, principal, input.attributes);
    if (Object.keys(data).length === 0) return;
    await tx.user.update({ where: { id: user.id }, data });
    await audit(
      tx,
      { principal, orgId: null },
      { action: 'user.profile_update', targetType: 'user', targetId: user.id, before, after: data },
    );
    if (Object.keys(data).some((k) => shown.has(k))) await emitOwnProfileUpdated(tx, user.id);
  });
  return getMe(principal);
}
