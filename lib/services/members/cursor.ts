import { invalid } from '@/lib/server/errors';

/** The position after a row in one sort: its sort key and its user id. */
export interface Cursor {
  sort: string;
  key: string;
  userId: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.userId])).toString('base64url');
}

const bad = () => invalid({ cursor: ['The cursor is not valid for this list; start again without it'] });

/** Reads a cursor made by encodeCursor for the same sort; anything else is a 422 on `cursor`. */
export function decodeCursor(raw: string, sort: string): Cursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((p) => typeof p === 'string')) throw bad();
  const [s, key, userId] = parts as string[];
  if (s !== sort || !userId) throw bad();
  return { sort: s, key: key!, userId };
}
