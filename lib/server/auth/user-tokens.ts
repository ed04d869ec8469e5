import 'server-only';
import { randomInt } from 'node:crypto';
import { db, type Tx } from '../db';
import { newId, randomToken, sha256 } from './secrets';

export type UserTokenKind = 'activation' | 'password_reset' | 'email_change' | 'unlock' | 'passkey_registration';

const CODE_ATTEMPTS = 5;

/**
 * Issues a single-use secret for a mailed link (and optionally a 6-digit code),
 * stored only as hashes. Earlier unused tokens of the same kind die, so only the
 * newest mail works.
 */
export async function issueUserToken(
  tx: Tx,
  userId: string,
  kind: UserTokenKind,
  ttlSeconds: number,
  opts: { withCode?: boolean; data?: Record<string, unknown> } = {},
): Promise<{ token: string; code: string | null; expiresAt: Date }> {
  await tx.userToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: new Date() } });
  const token = randomToken('');
  const code = opts.withCode ? String(randomInt(0, 1_000_000)).padStart(6, '0') : null;
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  await tx.userToken.create({
    data: {
      id: newId(),
      userId,
      kind,
      tokenHash: sha256(token),
      codeHash: code ? sha256(`${userId}:${code}`) : null,
      data: opts.data as object | undefined,
      expiresAt,
    },
  });
  return { token, code, expiresAt };
}

export type TokenCheck =
  | { ok: true; id: string; userId: string; data: unknown }
  | { ok: false; reason: 'invalid' | 'expired' | 'used' };

/** Looks a link token up without using it (pages show expired / used states). */
export async function checkUserToken(token: string, kind: UserTokenKind): Promise<TokenCheck> {
  const row = await db.userToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.kind !== kind) return { ok: false, reason: 'invalid' };
  if (row.usedAt) return { ok: false, reason: 'used' };
  if (row.expiresAt <= new Date()) return { ok: false, reason: 'expired' };
  return { ok: true, id: row.id, userId: row.userId, data: row.data };
}

/** Marks a token used inside the caller's transaction; false if someone used it first. */
export async function useUserToken(tx: Tx, id: string): Promise<boolean> {
  const { count } = await tx.userToken.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } });
  return count === 1;
}

/**
 * Checks a 6-digit code for a user. Each wrong try counts against the newest
 * live code; after five the code dies.
 */
export async function checkUserCode(userId: string, kind: UserTokenKind, code: string): Promise<TokenCheck> {
  const row = await db.userToken.findFirst({
    where: { userId, kind, usedAt: null, codeHash: { not: null } },
    orderBy: { createdAt: 'desc' },
  });
  if (!row) return { ok: false, reason: 'invalid' };
  if (row.expiresAt <= new Date()) return { ok: false, reason: 'expired' };
  if (row.codeHash !== sha256(`${userId}:${code}`)) {
    const attempts = row.attempts + 1;
    await db.userToken.update({
      where: { id: row.id },
      data: { attempts, ...(attempts >= CODE_ATTEMPTS ? { usedAt: new Date() } : {}) },
    });
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, id: row.id, userId: row.userId, data: row.data };
}
