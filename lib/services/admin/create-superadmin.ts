// No 'server-only' here and nothing that imports it: scripts/superadmin-create.ts runs this under tsx.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/server/auth/password';
import { newId } from '@/lib/server/auth/secrets';

type Client = Pick<PrismaClient, '$transaction' | 'user'>;

export interface NewSuperadmin {
  email: string;
  firstName: string;
  lastName: string;
  /** Already checked against the password policy by the caller. */
  password: string;
}

/** Who did it, for the audit trail: the command line, or the secret-code sign-up with its request. */
export interface BootstrapActor {
  label: string;
  ip?: string | null;
  userAgent?: string | null;
}

export type BootstrapResult =
  | { outcome: 'created'; userId: string }
  | { outcome: 'promoted' | 'already_superadmin'; userId: string };

/** Creates an active superadmin account, audited in the same transaction. P2002 if the e-mail is taken. */
export async function createSuperadmin(client: Client, input: NewSuperadmin, actor: BootstrapActor) {
  const passwordHash = await hashPassword(input.password);
  const id = newId();
  await client.$transaction(async (tx) => {
    await tx.user.create({
      data: {
        id,
        email: input.email,
        passwordHash,
        firstName: input.firstName,
        lastName: input.lastName,
        isSuperadmin: true,
        status: 'active',
      },
    });
    await tx.auditLog.create({
      data: {
        id: newId(),
        actorUserId: null,
        actorLabel: actor.label,
        action: 'user.create_superadmin',
        targetType: 'user',
        targetId: id,
        after: { email: input.email, firstName: input.firstName, lastName: input.lastName, isSuperadmin: true },
        ip: actor.ip ?? null,
        userAgent: actor.userAgent ?? null,
      },
    });
  });
  return { outcome: 'created', userId: id } satisfies BootstrapResult;
}

/** Makes an existing account a superadmin (its password is left as it is). */
export async function promoteToSuperadmin(client: Client, email: string, actor: BootstrapActor) {
  return client.$transaction(async (tx): Promise<BootstrapResult | null> => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, isSuperadmin: true } });
    if (!user) return null;
    if (user.isSuperadmin) return { outcome: 'already_superadmin', userId: user.id };
    await tx.user.update({ where: { id: user.id }, data: { isSuperadmin: true } });
    await tx.auditLog.create({
      data: {
        id: newId(),
        actorLabel: actor.label,
        action: 'user.promote_superadmin',
        targetType: 'user',
        targetId: user.id,
        before: { isSuperadmin: false },
        after: { isSuperadmin: true },
        ip: actor.ip ?? null,
        userAgent: actor.userAgent ?? null,
      },
    });
    return { outcome: 'promoted', userId: user.id };
  });
}
