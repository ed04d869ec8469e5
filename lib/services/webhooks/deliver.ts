import 'server-only';
import { newId } from '@/lib/server/auth/secrets';
import { db, type Tx } from '@/lib/server/db';
import { type ClaimedJob, enqueue } from '@/lib/server/jobs/queue';
import { metrics } from '@/lib/server/observability/metrics.mjs';
import { webhookSecrets } from '@/lib/server/sealed';
import { checkDestination, UnsafeDestination } from '@/lib/server/webhooks/destination';
import { WEBHOOK_QUEUE } from '@/lib/server/webhooks/events';
import { type PostResult, postPinned } from '@/lib/server/webhooks/post';
import { retryAfterSeconds, retrySchedule, signedHeaders } from '@/lib/server/webhooks/sign';
import { disableEndpoint } from './disable-endpoint';

const DAY_MS = 24 * 3600_000;

const endpointSelect = {
  id: true,
  organizationId: true,
  url: true,
  enabled: true,
  secret: true,
  previousSecret: true,
  previousSecretExpiresAt: true,
  failingSince: true,
} as const;
type Endpoint = {
  id: string;
  organizationId: string;
  url: string;
  enabled: boolean;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  failingSince: Date | null;
};

const failure = (error: string): PostResult => ({ status: null, body: null, error, retryAfter: null, durationMs: 0 });

/** The current secret, and the previous one while its overlap lasts. */
function signingSecrets(endpoint: Endpoint): string[] {
  const secrets = [webhookSecrets.unseal(endpoint.secret, endpoint.id)];
  if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date()) {
    secrets.push(webhookSecrets.unseal(endpoint.previousSecret, endpoint.id));
  }
  return secrets;
}

/** One attempt: check the destination again (DNS may have changed), then POST to the checked address. */
async function attempt(endpoint: Endpoint, event: { id: string; body: string }): Promise<PostResult> {
  let secrets: string[];
  try {
    secrets = signingSecrets(endpoint);
  } catch {
    return failure('The signing secret cannot be read: was SECRETS_ENCRYPTION_KEY (or AUTH_SECRET) changed?');
  }
  try {
    const target = await checkDestination(endpoint.url);
    return await postPinned(new URL(endpoint.url), target, signedHeaders(secrets, event.id, event.body), event.body);
  } catch (error) {
    if (error instanceof UnsafeDestination) return failure(`Not sent: ${error.message}`);
    throw error;
  }
}

function errorOf(result: PostResult): string | null {
  if (result.error) return result.error;
  const status = result.status!;
  if (status >= 200 && status < 300) return null;
  if (status >= 300 && status < 400) return `Answered ${status}: redirects are not followed`;
  return `Answered ${status}`;
}

/** Seconds until the next attempt after the `number`th failed, or null once the schedule is used up. */
function nextDelay(number: number, retryAfter: string | null): number | null {
  const schedule = retrySchedule();
  if (number > schedule.length) return null;
  const asked = retryAfterSeconds(retryAfter);
  // Retry-After is honoured: never sooner than the receiver asked (within a day).
  return Math.max(schedule[number - 1]!, Math.min(asked ?? 0, DAY_MS / 1000));
}

/**
 * The `webhook` job: one attempt of one delivery. The outcome is recorded in one
 * transaction: the attempt, the delivery's state, and either the next attempt (a
 * new job on the retry schedule) or the end. 410 Gone, or a failure 24 hours after
 * the endpoint last succeeded, disables the endpoint.
 */
export async function deliverWebhook(job: ClaimedJob): Promise<void> {
  const deliveryId = String(job.payload.deliveryId);
  const found = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      jobId: true,
      status: true,
      event: { select: { id: true, body: true } },
      endpoint: { select: endpointSelect },
    },
  });
  if (!found || found.jobId !== job.id || found.status !== 'pending') return;
  const result = found.endpoint.enabled
    ? await attempt(found.endpoint, found.event)
    : failure('The endpoint is disabled');
  await db.$transaction((tx) => record(tx, deliveryId, job, found.endpoint, result));
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  metrics().webhookOutcomes.inc({ outcome: ok ? 'delivered' : result.status === 410 ? 'gone' : 'failed' });
}

async function record(tx: Tx, deliveryId: string, job: ClaimedJob, endpoint: Endpoint, result: PostResult) {
  const [current] = await tx.$queryRaw<{ jobId: string | null; attempts: number }[]>`
    SELECT job_id AS "jobId", attempts FROM webhook_deliveries WHERE id = ${deliveryId} FOR UPDATE`;
  if (!current) return;
  const number = current.attempts + 1;
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  const error = errorOf(result);
  await tx.webhookAttempt.create({
    data: {
      id: newId(),
      deliveryId,
      number,
      manual: job.payload.manual === true,
      succeeded: ok,
      responseCode: result.status,
      responseBody: result.body,
      error,
      durationMs: result.durationMs,
    },
  });
  const last = {
    attempts: number,
    lastResponseCode: result.status,
    lastDurationMs: result.durationMs,
    lastError: error,
  };
  // A manual retry replaced this attempt's job meanwhile: the attempt is logged, the newer job decides what follows.
  if (current.jobId !== job.id)
    return void (await tx.webhookDelivery.update({ where: { id: deliveryId }, data: last }));
  if (ok) {
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { ...last, status: 'succeeded', jobId: null, nextAttemptAt: null },
    });
    if (endpoint.failingSince)
      await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } });
    return;
  }
  const now = new Date();
  const failingSince = endpoint.failingSince ?? now;
  if (!endpoint.failingSince) await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince } });
  const delay = endpoint.enabled ? nextDelay(number, result.retryAfter) : null;
  let disable: string | null = null;
  if (endpoint.enabled && result.status === 410) disable = 'the receiver answered 410 Gone.';
  else if (endpoint.enabled && now.getTime() - failingSince.getTime() >= DAY_MS) {
    disable = `every attempt failed for 24 hours (the last: ${error}).`;
  }
  if (disable || delay === null) {
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { ...last, status: 'failed', jobId: null, nextAttemptAt: null },
    });
  } else {
    const runAt = new Date(now.getTime() + delay * 1000);
    const jobId = await enqueue(tx, WEBHOOK_QUEUE, { deliveryId }, { runAt, maxAttempts: 3 });
    await tx.webhookDelivery.update({ where: { id: deliveryId }, data: { ...last, jobId, nextAttemptAt: runAt } });
  }
  if (disable) await disableEndpoint(tx, endpoint, disable);
}
