import { operations } from '@/lib/api/operations';
import type { Entry } from './entry';
import { mfaRoutes } from './routes-mfa';
import { orgRoutes } from './routes-org';
import { peopleRoutes } from './routes-people';
import { platformRoutes } from './routes-platform';
import { teamRoutes } from './routes-teams';
import { webhookRoutes } from './routes-webhooks';

export type { Entry } from './entry';

const parts = [peopleRoutes, orgRoutes, platformRoutes, mfaRoutes, webhookRoutes, teamRoutes];
const keys = parts.flatMap((p) => Object.keys(p));
const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
if (twice.length > 0) throw new Error(`Routes listed twice in the authorization list: ${twice.join(', ')}`);

const accessOf = new Map(operations.map((op) => [`${op.method} ${op.path}`, op.access]));
const unregistered = keys.filter((k) => !accessOf.has(k));
if (unregistered.length > 0)
  throw new Error(`Routes without an operation in lib/api/operations/index.ts: ${unregistered.join(', ')}`);

/** The authorization list: one entry per route file and method under app/api/v1, with its operation's access. */
export const routes: Record<string, Entry> = Object.fromEntries(
  parts
    .flatMap((part) => Object.entries(part))
    .map(([key, listed]) => [key, { ...listed, access: accessOf.get(key)! }]),
);
