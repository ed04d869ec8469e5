import type { SignUpInput, SignUpResult } from '@/lib/schemas/account';
import { audit } from '@/lib/server/audit';
import { hashPassword } from '@/lib/server/auth/password';
import { assertPasswordAllowed } from '@/lib/server/auth/password-policy';
import { newId } from '@/lib/server/auth/secrets';
import { config } from '@/lib/server/config';
import { db } from '@/lib/server/db';
import { isUniqueViolation, notFound } from '@/lib/server/errors';
import { queueEmail } from '@/lib/server/mail/outbox';
import { hit } from '@/lib/server/rate-limit';
import { limits } from '@/lib/server/rate-limit/limits';
import type { RequestMeta } from '@/lib/server/request-meta';
import { createOrgRecord } from '@/lib/services/organizations/create-org-record';
import { accountUserSelect, selfActor, userVars } from './actor';
import { withinMailQuota } from './mail-quota';
import { freeSlug, randomSlug } from './org-slug';
import { sendActivation } from './send-activation';

/**
 * POST /auth/signup: a company admin creates an account and an organization they
 * own; the account stays pending until the mailed link is used. The reply is the
 * same whether or not the e-mail already has an account (that account's owner is
 * told by mail instead), so sign-up reveals nothing about who is registered.
 */
export async function signUp(input: SignUpInput, meta: RequestMeta): Promise<SignUpResult> {
  if (!config.signupEnabled) throw notFound();
  if (meta.ip) await hit(limits.signUp, meta.ip);
  assertPasswordAllowed(input.password, input.email, 'password');
  // Hashed on both paths, so that an existing e-mail answers in about the same time as a new one.
  const passwordHash = await hashPassword(input.password);
  let created = false;
  for (let attempt = 0; attempt < 3 && !created; attempt++) {
    if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) break;
    try {
      await createAccount(input, passwordHash, meta, attempt > 0);
      created = true;
    } catch (error) {
      // A concurrent sign-up took the e-mail or the slug: look again.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  if (!created) await tellExistingUser(input.email);
  return { status: 'pending_activation', email: input.email };
}

async function createAccount(input: SignUpInput, passwordHash: string, meta: RequestMeta, retry: boolean) {
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        id: newId(),
        email: input.email,
        passwordHash,
        firstName: input.firstName,
        lastName: input.lastName,
        status: 'pending',
        termsAcceptedAt: new Date(),
      },
      select: accountUserSelect,
    });
    const name = input.organizationName;
    const slug = retry ? randomSlug(name) : await freeSlug(tx, name);
    const { org, roles } = await createOrgRecord(tx, { name, slug });
    await tx.membership.create({
      data: { id: newId(), organizationId: org.id, userId: user.id, roleId: roles.owner.id },
    });
    await sendActivation(tx, user);
    const actor = { principal: selfActor(user, meta), orgId: org.id };
    await audit(tx, actor, {
      action: 'organization.create',
      targetType: 'organization',
      targetId: org.id,
      after: { name: org.name, slug: org.slug, via: 'signup' },
    });
    await audit(tx, actor, {
      action: 'user.sign_up',
      targetType: 'user',
      targetId: user.id,
      after: {
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        status: 'pending',
        role: 'owner',
      },
    });
  });
}

/**
 * The e-mail has an account already. Nothing is created: an active owner is told
 * that someone tried (with a way to reset the password); an account still waiting
 * for activation gets a new activation link, which is what its owner most likely wants.
 */
async function tellExistingUser(email: string) {
  const user = await db.user.findUnique({ where: { email }, select: accountUserSelect });
  if (!user || user.status === 'deactivated' || !(await withinMailQuota('signup', email))) return;
  await db.$transaction(async (tx) => {
    if (user.status === 'pending') return sendActivation(tx, user);
    await queueEmail(tx, {
      to: user.email,
      template: 'signup_attempt',
      wording: { org: 'sole', userId: user.id },
      action: { path: '/forgot-password' },
      vars: userVars(user),
    });
  });
}
