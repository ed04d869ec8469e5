import { generateSecret, generateURI, verify } from 'otplib';
import { Prisma } from '@/lib/generated/prisma/client';
import { decryptSecret } from '@/lib/server/auth/totp-secret';
import { config } from '@/lib/server/config';
import type { Tx } from '@/lib/server/db';

// RFC 6238 as authenticator apps expect it: SHA-1, 6 digits, 30-second steps (otplib's defaults),
// accepting one step of drift either way.
const DRIFT_SECONDS = 30;

export const newTotpSecret = () => generateSecret();

export const otpauthUri = (secret: string, email: string) =>
  generateURI({ issuer: config.appName, label: email, secret });

/** The time step a code belongs to if it is right for `secret` and later than `afterStep`; else null. */
export async function totpStep(secret: string, code: string, afterStep?: bigint | null): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epochTolerance: DRIFT_SECONDS,
    ...(afterStep === null || afterStep === undefined ? {} : { afterTimeStep: Number(afterStep) }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/**
 * Checks a code against the user's confirmed authenticator app and uses it up: its time step
 * becomes the last one used, so the same code (or an older one) is refused from then on. Two
 * requests racing with one code: only one moves the step.
 */
export async function spendTotpCode(client: Tx, userId: string, code: string): Promise<boolean> {
  const row = await client.mfaTotp.findUnique({ where: { userId } });
  if (!row?.confirmedAt) return false;
  const step = await totpStep(decryptSecret(row.secretEncrypted), code, row.lastUsedStep);
  if (step === null) return false;
  const moved = await client.$executeRaw(Prisma.sql`
    UPDATE mfa_totp SET last_used_step = ${step}
     WHERE user_id = ${userId} AND (last_used_step IS NULL OR last_used_step < ${step})`);
  return moved === 1;
}
