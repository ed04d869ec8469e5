import type { Operation } from '@/lib/api/operation';
import { operations } from '@/lib/api/operations';
import type { Entry } from './entry';
import { domainRoutes } from './routes-domains';
import { mfaRoutes } from './routes-mfa';
import { orgRoutes } from './routes-org';
import { peopleRoutes } from './routes-people';
import { platformRoutes } from './routes-platform';
import { ssoRoutes } from './routes-sso';
import { teamRoutes } from './routes-teams';
import { webhookRoutes } from './routes-webhooks';

export type { Entry } from './entry';

const keyOf = (op: Operation) => `${op.method} ${op.path}`;
const lists = [peopleRoutes, orgRoutes, platformRoutes, mfaRoutes, webhookRoutes, teamRoutes, domainRoutes, ssoRoutes];
const byKey = Object.fromEntries(lists.flatMap((list) => Object.entries(list)));
// A deprecated alias (the entity-types paths) is called like its operation: the same line, at its own path.
const aliases = Object.fromEntries(
  operations.flatMap((op) => (op.aliasOf && byKey[keyOf(op.aliasOf)] ? [[keyOf(op), byKey[keyOf(op.aliasOf)]!]] : [])),
);
const parts = [...lists, aliases];
const keys = parts.flatMap((p) => Object.keys(p));
const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
if (twice.length > 0) throw new Error(`Routes listed twice in the authorization list: ${twice.join(', ')}`);

const accessOf = new Map(operations.map((op) => [keyOf(op), op.access]));
const unregistered = keys.filter((k) => !accessOf.has(k));
if (unregistered.length > 0)
  throw new Error(`Routes without an operation in lib/api/operations/index.ts: ${unregistered.join(', ')}`);

/** The authorization list: one entry per route file and method under app/api/v1, with its operation's access. */
export const routes: Record<string, Entry> = Object.fromEntries(
  parts
    .flatMap((part) => Object.entries(part))
    .map(([key, listed]) => [key, { ...listed, access: accessOf.get(key)! }]),
);
