import { randomInt } from 'node:crypto';
import { newId, sha256 } from '@/lib/server/auth/secrets';
import type { Tx } from '@/lib/server/db';

export const RECOVERY_CODE_COUNT = 10;
// 32 letters and digits without l and o (read as 1 and 0): 16 of them are 80 random bits, enough for SHA-256.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

const hashOf = (userId: string, code: string) => sha256(`${userId}:${code.replace(/[\s-]/g, '').toLowerCase()}`);

function newCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** A new set of ten single-use codes, shown once; the user's earlier set dies. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  await tx.mfaRecoveryCode.deleteMany({ where: { userId } });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await tx.mfaRecoveryCode.createMany({
    data: codes.map((code) => ({ id: newId(), userId, codeHash: hashOf(userId, code) })),
  });
  return codes;
}

/** Uses up one recovery code: true once per code. */
export async function spendRecoveryCode(client: Tx, userId: string, code: string): Promise<boolean> {
  const { count } = await client.mfaRecoveryCode.updateMany({
    where: { userId, codeHash: hashOf(userId, code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}
