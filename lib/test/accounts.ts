import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { db } from '@/lib/server/db';
import { CLIENT_IP_HEADER } from '@/lib/server/request-meta';
import { type CallOptions, call } from '@/lib/test/http';
import { routeAt } from '@/lib/test/routes';

// Route handlers found by path, as Next's router finds them (lib/test/routes.ts).
const tokenRoute = await routeAt('/auth/token');
const meRoute = await routeAt('/me');

/** Test helpers for the account flows: calls from a fresh client IP, and mails read from the outbox. */

type Handler = Parameters<typeof call>[0];

/** A client address of its own, so per-IP limits never mix tests up. */
export const newIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export function send(handler: Handler, method: string, path: string, opts: CallOptions & { ip?: string } = {}) {
  const { ip = newIp(), headers, ...rest } = opts;
  return call(handler, path, { method, ...rest, headers: { [CLIENT_IP_HEADER]: ip, ...headers } });
}

export const post = (handler: Handler, path: string, body: unknown, opts: CallOptions & { ip?: string } = {}) =>
  send(handler, 'POST', path, { ...opts, body });

export const signIn = (email: string, password: string) =>
  post(tokenRoute.POST, '/api/v1/auth/token', { email, password });

export const me = (token: string) => call(meRoute.GET, '/api/v1/me', { token });

/** The newest outbox message of a template to an address, or null. */
export function mailTo(to: string, template: string) {
  return db.email.findFirst({
    where: { to: { equals: to, mode: 'insensitive' }, template },
    orderBy: { createdAt: 'desc' },
  });
}

export async function mailCount(to: string, template?: string) {
  return db.email.count({ where: { to: { equals: to, mode: 'insensitive' }, ...(template ? { template } : {}) } });
}

/** The token of the app link `path?token=…` in a mail's plain text. */
export function tokenIn(text: string, path: string): string {
  const match = text.match(new RegExp(`https?://[^\\s]+${path.replace('/', '\\/')}\\?token=([\\w%-]+)`));
  expect(match, `a ${path} link in:\n${text}`).not.toBeNull();
  return decodeURIComponent(match![1]!);
}

export function codeIn(text: string): string {
  const match = text.match(/code: (\d{6})/);
  expect(match, `a 6-digit code in:\n${text}`).not.toBeNull();
  return match![1]!;
}
