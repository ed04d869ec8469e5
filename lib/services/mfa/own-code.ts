import type { MfaMethod } from '@/lib/schemas/mfa';
import { db, type Tx } from '@/lib/server/db';
import { invalid } from '@/lib/server/errors';
import { hit } from '@/lib/server/rate-limit';
import { spendRecoveryCode } from './recovery-codes';
import { spendTotpCode } from './totp';

// Someone holding a stolen session must not get unlimited guesses at the codes either.
const CODE_CHECKS = { bucket: 'mfa-code-check:user', limit: 10, windowSeconds: 15 * 60 };

export const WRONG_OWN_CODE = 'The code is not right';

/**
 * Checks (and uses up) a code the signed-in person gives to prove they hold their second factor:
 * a TOTP code, or a recovery code where `recovery` allows it. A wrong one is a 422 on `code`.
 */
export async function spendOwnCode(
  userId: string,
  code: string,
  opts: { recovery: boolean; client?: Tx } = { recovery: true },
): Promise<MfaMethod> {
  await hit(CODE_CHECKS, userId);
  const client = opts.client ?? db;
  if (/^\d{6}$/.test(code)) {
    if (await spendTotpCode(client, userId, code)) return 'totp';
  } else if (opts.recovery && (await spendRecoveryCode(client, userId, code))) {
    return 'recovery_code';
  }
  throw invalid({ code: [WRONG_OWN_CODE] }, WRONG_OWN_CODE);
}
