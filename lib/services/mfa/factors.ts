import type { MfaMethod } from '@/lib/schemas/mfa';
import type { Tx } from '@/lib/server/db';

/**
 * What second factors a user has: a confirmed authenticator app, passkeys, unused recovery codes.
 * One query after another, as `client` may be a transaction (one connection: never two at once).
 */
export async function userFactors(client: Tx, userId: string) {
  const totp = await client.mfaTotp.count({ where: { userId, confirmedAt: { not: null } } });
  const passkeys = await client.mfaPasskey.count({ where: { userId } });
  const recoveryCodesLeft = await client.mfaRecoveryCode.count({ where: { userId, usedAt: null } });
  return { totp: totp > 0, passkeys, recoveryCodesLeft };
}

/** The second steps a sign-in of this user may finish with. */
export function methodsOf(f: Awaited<ReturnType<typeof userFactors>>): MfaMethod[] {
  const methods: MfaMethod[] = [];
  if (f.totp) methods.push('totp');
  if (f.passkeys > 0) methods.push('passkey');
  if (f.recoveryCodesLeft > 0) methods.push('recovery_code');
  return methods;
}

/**
 * Recomputes `users.mfa_enabled` (a confirmed TOTP or a passkey) after a factor was added or
 * removed, inside the caller's transaction; a trigger copies it onto the user's memberships.
 * Without a factor left, the recovery codes go too. Returns the new value.
 */
export async function refreshMfaEnabled(tx: Tx, userId: string): Promise<boolean> {
  const totp = await tx.mfaTotp.count({ where: { userId, confirmedAt: { not: null } } });
  const passkeys = totp > 0 ? 0 : await tx.mfaPasskey.count({ where: { userId } });
  const enabled = totp > 0 || passkeys > 0;
  await tx.user.updateMany({ where: { id: userId, mfaEnabled: !enabled }, data: { mfaEnabled: enabled } });
  if (!enabled) await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  return enabled;
}
