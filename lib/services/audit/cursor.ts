import { invalid } from '@/lib/server/errors';

/** The position after an entry, newest first: its time and its id (the tie-break for equal times). */
export interface AuditCursor {
  createdAt: Date;
  id: string;
}

export function encodeAuditCursor(c: AuditCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt.toISOString(), c.id])).toString('base64url');
}

/** Reads a cursor made by encodeAuditCursor; anything else is a 422 on `cursor`. */
export function decodeAuditCursor(raw: string): AuditCursor {
  const bad = invalid({ cursor: ['The cursor is not valid; start again without it'] });
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw bad;
  }
  if (!Array.isArray(parts) || parts.length !== 2 || !parts.every((p) => typeof p === 'string')) throw bad;
  const [at, id] = parts as [string, string];
  const createdAt = new Date(at);
  if (Number.isNaN(createdAt.getTime()) || !id) throw bad;
  return { createdAt, id };
}
