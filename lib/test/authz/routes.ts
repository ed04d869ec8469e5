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

/** The authorization list: one entry per route file and method under app/api/v1 (see entry.ts). */
export const routes: Record<string, Entry> = Object.assign({}, ...parts);
