import 'server-only';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { config } from '../config';

/** A Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * The three Standard Webhooks headers for one attempt. With two secrets (during a
 * rotation's overlap) `webhook-signature` carries both signatures, space-separated,
 * and a receiver holding either secret verifies it.
 */
export function signedHeaders(secrets: string[], msgId: string, body: string, at = new Date()) {
  return {
    'content-type': 'application/json',
    'user-agent': `${config.appName} webhooks`,
    'webhook-id': msgId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((s) => new Webhook(s).sign(msgId, at, body)).join(' '),
  };
}

/** The Standard Webhooks retry schedule: the delays after the first, second … failed attempt. */
const SPEC_SCHEDULE = ['5s', '5m', '30m', '2h', '5h', '10h', '14h', '20h', '24h'];
const UNIT = { s: 1, m: 60, h: 3600 } as const;

/** WEBHOOK_RETRY_SCHEDULE (`1s,2s,5m`) or the spec's, in seconds. */
export function retrySchedule(): number[] {
  const raw = config.webhookRetrySchedule;
  const parts = raw ? raw.split(',').map((p) => p.trim()) : SPEC_SCHEDULE;
  return parts.map((part) => {
    const m = /^(\d+)([smh])?$/.exec(part);
    if (!m) throw new Error(`WEBHOOK_RETRY_SCHEDULE: "${part}" is not a delay like 5s, 5m or 2h`);
    return Number(m[1]) * UNIT[(m[2] ?? 's') as keyof typeof UNIT];
  });
}

/** Retry-After as seconds (a number or an HTTP date), or null when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
