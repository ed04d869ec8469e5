import { createHash, randomBytes } from 'node:crypto';

/** A random secret for tokens that we store only as a hash. */
export function randomToken(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function newId(): string {
  return crypto.randomUUID();
}
