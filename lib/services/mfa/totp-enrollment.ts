import type { RecoveryCodes, TotpEnrollment } from '@/lib/schemas/mfa';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { assertRecentConfirmation } from '@/lib/server/auth/step-up';
import { decryptSecret, encryptSecret } from '@/lib/server/auth/totp-secret';
import { db } from '@/lib/server/db';
import { conflict, invalid } from '@/lib/server/errors';
import { verifyOwnPassword, WRONG_CURRENT_PASSWORD } from '../accounts/verify-own-password';
import { refreshMfaEnabled } from './factors';
import { spendOwnCode } from './own-code';
import { replaceRecoveryCodes } from './recovery-codes';
import { newTotpSecret, otpauthUri, totpStep } from './totp';

const ALREADY = 'An authenticator app is already set up. Turn it off first to set up another one';

/** POST /me/mfa/totp: a new secret, not active until its first code is confirmed. */
export async function startTotpEnrollment(principal: UserPrincipal, currentPassword: string): Promise<TotpEnrollment> {
  await verifyOwnPassword(principal.userId, currentPassword, 'currentPassword', WRONG_CURRENT_PASSWORD);
  const secret = newTotpSecret();
  const secretEncrypted = encryptSecret(secret);
  await db.$transaction(async (tx) => {
    const existing = await tx.mfaTotp.findUnique({ where: { userId: principal.userId } });
    if (existing?.confirmedAt) throw conflict(ALREADY);
    await tx.mfaTotp.upsert({
      where: { userId: principal.userId },
      create: { userId: principal.userId, secretEncrypted },
      update: { secretEncrypted, lastUsedStep: null, createdAt: new Date() },
    });
  });
  return { secret, otpauthUri: otpauthUri(secret, principal.email) };
}

/** POST /me/mfa/totp/confirm: the app's first code turns it on and gives a new set of recovery codes. */
export async function confirmTotp(principal: UserPrincipal, code: string): Promise<RecoveryCodes> {
  const { userId } = principal;
  const row = await db.mfaTotp.findUnique({ where: { userId } });
  if (!row) throw conflict('Start setting up the authenticator app first (POST /api/v1/me/mfa/totp)');
  if (row.confirmedAt) throw conflict(ALREADY);
  const step = await totpStep(decryptSecret(row.secretEncrypted), code);
  if (step === null) {
    const message = 'The code is not right. Enter the 6-digit code the app shows now';
    throw invalid({ code: [message] }, message);
  }
  return db.$transaction(async (tx) => {
    const { count } = await tx.mfaTotp.updateMany({
      where: { userId, confirmedAt: null, secretEncrypted: row.secretEncrypted },
      data: { confirmedAt: new Date(), lastUsedStep: step },
    });
    if (count === 0) throw conflict('The set-up changed meanwhile; start again');
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await refreshMfaEnabled(tx, userId);
    await audit(tx, { principal, orgId: null }, { action: 'mfa.totp_enable', targetType: 'user', targetId: userId });
    return { recoveryCodes };
  });
}

/** POST /me/mfa/totp/disable: needs a code of the app (or a recovery code) given now. */
export async function disableTotp(principal: UserPrincipal, code: string): Promise<void> {
  const { userId } = principal;
  const row = await db.mfaTotp.findUnique({ where: { userId }, select: { confirmedAt: true } });
  if (!row?.confirmedAt) throw conflict('No authenticator app is set up');
  const method = await spendOwnCode(userId, code);
  await db.$transaction(async (tx) => {
    await tx.mfaTotp.delete({ where: { userId } });
    const stillEnabled = await refreshMfaEnabled(tx, userId);
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'mfa.totp_disable',
        targetType: 'user',
        targetId: userId,
        after: { confirmedWith: method, stillEnabled },
      },
    );
  });
}

/** POST /me/mfa/recovery-codes: a new set (the old one dies), after a code of the app or a recent confirmation. */
export async function regenerateRecoveryCodes(
  principal: UserPrincipal,
  code: string | undefined,
): Promise<RecoveryCodes> {
  if (!principal.mfaEnabled) throw conflict('Set up an authenticator app or a passkey first');
  if (code !== undefined) await spendOwnCode(principal.userId, code, { recovery: false });
  else assertRecentConfirmation(principal);
  return db.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, principal.userId);
    await audit(
      tx,
      { principal, orgId: null },
      { action: 'mfa.recovery_codes_replace', targetType: 'user', targetId: principal.userId },
    );
    return { recoveryCodes };
  });
}
