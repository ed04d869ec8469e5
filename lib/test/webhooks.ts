import { db } from '@/lib/server/db';
import { registerAllJobHandlers } from '@/lib/server/jobs/handlers';
import { runDueJobs } from '@/lib/server/jobs/worker';
import { WEBHOOK_QUEUE } from '@/lib/server/webhooks/events';
import { type CallOptions, call } from '@/lib/test/http';
import { routeAt } from '@/lib/test/routes';

// Route handlers found by path, as Next's router finds them (lib/test/routes.ts).
const one = await routeAt('/organizations/{orgId}/webhooks/{webhookId}');
const list = await routeAt('/organizations/{orgId}/webhooks');

/** Helpers of the webhook integration tests: the API as a client sees it, and the queue run by hand. */

export const webhooksPath = (orgId: string) => `/api/v1/organizations/${orgId}/webhooks`;

export function createWebhookVia(orgId: string, token: string, body: Record<string, unknown>) {
  return call(list.POST, webhooksPath(orgId), { method: 'POST', token, body, params: { orgId } });
}

export function webhookCall(
  handler: Parameters<typeof call>[0],
  orgId: string,
  webhookId: string,
  suffix: string,
  opts: CallOptions & { deliveryId?: string } = {},
) {
  const params = { orgId, webhookId, ...(opts.deliveryId ? { deliveryId: opts.deliveryId } : {}) };
  return call(handler, `${webhooksPath(orgId)}/${webhookId}${suffix}`, { ...opts, params });
}

export const patchWebhook = (orgId: string, webhookId: string, token: string, body: unknown) =>
  webhookCall(one.PATCH, orgId, webhookId, '', { method: 'PATCH', token, body });

let registered = false;

/** The webhook jobs of this org's deliveries that are due now (test files share one queue). */
async function dueJobs(orgId: string): Promise<string[]> {
  const deliveries = await db.webhookDelivery.findMany({ where: { organizationId: orgId }, select: { jobId: true } });
  const ids = deliveries.flatMap((d) => (d.jobId ? [d.jobId] : []));
  const jobs = await db.job.findMany({
    where: { id: { in: ids }, queue: WEBHOOK_QUEUE, status: 'queued', runAt: { lte: new Date() } },
    select: { id: true },
  });
  return jobs.map((j) => j.id);
}

/** Runs the org's due webhook attempts, as the worker would; returns how many ran. */
export async function runWebhookJobs(orgId: string): Promise<number> {
  if (!registered) registerAllJobHandlers();
  registered = true;
  let ran = 0;
  for (let ids = await dueJobs(orgId); ids.length > 0; ids = await dueJobs(orgId)) ran += await runDueJobs(100, ids);
  return ran;
}

/** Runs the org's webhook attempts as they fall due, until `done` holds (or `timeoutMs` passes). */
export async function runWebhookJobsUntil(orgId: string, done: () => Promise<boolean>, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    await runWebhookJobs(orgId);
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('webhook deliveries did not settle in time');
}
