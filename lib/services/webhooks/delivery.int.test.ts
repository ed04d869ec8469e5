import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as departments from '@/app/api/v1/organizations/[orgId]/departments/route';
import * as retry from '@/app/api/v1/organizations/[orgId]/webhooks/[webhookId]/deliveries/[deliveryId]/retry/route';
import * as deliveryRoute from '@/app/api/v1/organizations/[orgId]/webhooks/[webhookId]/deliveries/[deliveryId]/route';
import * as deliveries from '@/app/api/v1/organizations/[orgId]/webhooks/[webhookId]/deliveries/route';
import * as rotate from '@/app/api/v1/organizations/[orgId]/webhooks/[webhookId]/rotate-secret/route';
import { db } from '@/lib/server/db';
import { makeTeam, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { startReceiver } from '@/lib/test/webhook-receiver';
import { createWebhookVia, runWebhookJobs, runWebhookJobsUntil, webhookCall } from '@/lib/test/webhooks';

type Team = Awaited<ReturnType<typeof makeTeam>>;
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

let receiver: Receiver;
const teams: Team[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A fresh org with an endpoint on the loopback receiver (127.0.0.1 is in the suite's allowed hosts). */
async function setup(events: string[] = ['department.created'], url = receiver.url) {
  const team = await makeTeam();
  teams.push(team);
  const token = await tokenFor(team.admin);
  const created = await createWebhookVia(team.org.id, token, { url, events, description: 'HR sync' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { team, token, orgId: team.org.id, webhook: created.body, secret: created.body.secret as string };
}

const createDepartment = (orgId: string, token: string, name = `Dept ${uniq()}`) =>
  call(departments.POST, `/api/v1/organizations/${orgId}/departments`, {
    method: 'POST',
    token,
    body: { name },
    params: { orgId },
  });

const mine = (eventIds: string[]) => receiver.received.filter((r) => eventIds.includes(r.headers['webhook-id']!));
const eventIdsOf = async (orgId: string) =>
  (await db.webhookEvent.findMany({ where: { organizationId: orgId }, select: { id: true } })).map((e) => e.id);
const deliveriesOf = (orgId: string) =>
  db.webhookDelivery.findMany({ where: { organizationId: orgId }, include: { attemptsLog: true } });

describe('webhook delivery', () => {
  it('delivers department.created once, signed so that standardwebhooks verifies it', async () => {
    const { orgId, token, secret, webhook } = await setup();
    expect(secret).toMatch(/^whsec_/);
    const dept = await createDepartment(orgId, token);
    expect(dept.status).toBe(201);
    await runWebhookJobs(orgId);
    await runWebhookJobs(orgId);

    const got = mine(await eventIdsOf(orgId));
    expect(got).toHaveLength(1);
    const payload = receiver.verify(secret, got[0]!) as { type: string; timestamp: string; data: unknown };
    expect(payload.type).toBe('department.created');
    // The department exactly as the REST API returned it.
    expect(payload.data).toEqual(dept.body);
    expect(Date.parse(payload.timestamp)).toBeGreaterThan(Date.now() - 60_000);
    expect(got[0]!.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(got[0]!.headers['content-type']).toBe('application/json');

    const log = await webhookCall(deliveries.GET, orgId, webhook.id, '/deliveries', { token });
    expect(log.status).toBe(200);
    expect(log.body.data).toHaveLength(1);
    expect(log.body.data[0]).toMatchObject({
      event: 'department.created',
      status: 'succeeded',
      attempts: 1,
      lastResponseCode: 200,
    });
    expect(log.body.data[0].lastDurationMs).toBeGreaterThanOrEqual(0);
  });

  it('retries a receiver that answers 500 twice on the schedule, and the third attempt succeeds', async () => {
    vi.stubEnv('WEBHOOK_RETRY_SCHEDULE', '1s,2s,5s');
    const { orgId, token, secret, webhook } = await setup();
    receiver.answer({ status: 500, body: 'boom' }, { status: 500, body: 'still down' });
    await createDepartment(orgId, token);
    const [delivery] = await deliveriesOf(orgId);
    await runWebhookJobsUntil(orgId, async () => {
      const d = await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery!.id } });
      return d.status !== 'pending';
    });

    const got = mine(await eventIdsOf(orgId));
    expect(got).toHaveLength(3);
    for (const r of got) expect(() => receiver.verify(secret, r)).not.toThrow();
    // The same message each time (one webhook-id), the gaps at least the schedule's.
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(got[1]!.at - got[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(got[2]!.at - got[1]!.at).toBeGreaterThanOrEqual(2000);

    const detail = await webhookCall(deliveryRoute.GET, orgId, webhook.id, `/deliveries/${delivery!.id}`, {
      token,
      deliveryId: delivery!.id,
    });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ status: 'succeeded', attempts: 3, lastResponseCode: 200 });
    expect(detail.body.attemptLog.map((a: { responseCode: number }) => a.responseCode)).toEqual([500, 500, 200]);
    expect(detail.body.attemptLog[0]).toMatchObject({ number: 1, succeeded: false, responseBody: 'boom' });
    expect(detail.body.attemptLog[0].error).toBe('Answered 500');
    expect(JSON.parse(detail.body.payload).type).toBe('department.created');
  });

  it('honours Retry-After', async () => {
    vi.stubEnv('WEBHOOK_RETRY_SCHEDULE', '1s');
    const { orgId, token } = await setup();
    receiver.answer({ status: 503, headers: { 'retry-after': '3' } });
    await createDepartment(orgId, token);
    await runWebhookJobs(orgId);
    const [delivery] = await deliveriesOf(orgId);
    expect(delivery!.status).toBe('pending');
    const wait = delivery!.nextAttemptAt!.getTime() - delivery!.updatedAt.getTime();
    expect(wait).toBeGreaterThanOrEqual(2900);
    expect(wait).toBeLessThan(4000);
  });

  it('gives up when the schedule is used up', async () => {
    vi.stubEnv('WEBHOOK_RETRY_SCHEDULE', '0s');
    const { orgId, token } = await setup();
    receiver.answer(500, 502);
    await createDepartment(orgId, token);
    await runWebhookJobs(orgId);
    const [delivery] = await deliveriesOf(orgId);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 2, lastResponseCode: 502, jobId: null });
    // The endpoint stays enabled: it has failed for less than a day.
    expect(await db.webhookEndpoint.findFirstOrThrow({ where: { organizationId: orgId } })).toMatchObject({
      enabled: true,
    });
  });

  it('does not follow redirects and keeps only the first 2 KB of an answer', async () => {
    const { orgId, token } = await setup();
    const elsewhere = await startReceiver();
    try {
      receiver.answer({ status: 302, headers: { location: elsewhere.url }, body: 'x'.repeat(5000) });
      await createDepartment(orgId, token);
      await runWebhookJobs(orgId);
      const [delivery] = await deliveriesOf(orgId);
      expect(elsewhere.received).toHaveLength(0);
      expect(delivery!.attemptsLog[0]).toMatchObject({
        responseCode: 302,
        succeeded: false,
        error: 'Answered 302: redirects are not followed',
      });
      expect(delivery!.attemptsLog[0]!.responseBody).toBe('x'.repeat(2048));
    } finally {
      await elsewhere.close();
    }
  });

  it('disables the endpoint on 410 Gone and stops sending to it', async () => {
    const { orgId, token, webhook } = await setup();
    receiver.answer(410);
    await createDepartment(orgId, token);
    await runWebhookJobs(orgId);
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(endpoint).toMatchObject({ enabled: false, disabledReason: 'the receiver answered 410 Gone.' });
    const [delivery] = await deliveriesOf(orgId);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, lastResponseCode: 410 });

    const before = receiver.received.length;
    await createDepartment(orgId, token);
    await runWebhookJobs(orgId);
    expect(receiver.received.length).toBe(before);
    expect(await db.webhookDelivery.count({ where: { organizationId: orgId } })).toBe(1);
    const trail = await db.auditLog.findFirstOrThrow({
      where: { organizationId: orgId, action: 'webhook.auto_disable' },
    });
    expect(trail.actorLabel).toBe('webhook delivery');
  });

  it('disables an endpoint that has failed for 24 hours and mails those who manage webhooks', async () => {
    vi.stubEnv('WEBHOOK_RETRY_SCHEDULE', '1s');
    const { orgId, token, webhook, team } = await setup();
    // It last succeeded a day and an hour ago; every attempt since failed.
    await db.webhookEndpoint.update({
      where: { id: webhook.id },
      data: { failingSince: new Date(Date.now() - 25 * 3600_000) },
    });
    receiver.answer(500);
    await createDepartment(orgId, token);
    await runWebhookJobs(orgId);
    const endpoint = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(endpoint.enabled).toBe(false);
    expect(endpoint.disabledReason).toBe('every attempt failed for 24 hours (the last: Answered 500).');
    const mails = await db.email.findMany({ where: { organizationId: orgId, template: 'webhook_disabled' } });
    expect(mails.map((m) => m.to).sort()).toEqual([team.owner.email, team.admin.email].sort());
    expect(mails[0]!.text).toContain(receiver.url);
    expect(mails[0]!.text).toContain(`/settings/webhooks/${webhook.id}`);
  });

  it('a success clears the failing streak', async () => {
    const { orgId, token, webhook } = await setup();
    await db.webhookEndpoint.update({ where: { id: webhook.id }, data: { failingSince: new Date() } });
    await createDepartment(orgId, token);
    await runWebhookJobs(orgId);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: webhook.id } })).failingSince).toBeNull();
  });

  it('retries a failed delivery by hand', async () => {
    vi.stubEnv('WEBHOOK_RETRY_SCHEDULE', '0s');
    const { orgId, token, webhook } = await setup();
    receiver.answer(500, 500);
    await createDepartment(orgId, token);
    await runWebhookJobs(orgId);
    const [failed] = await deliveriesOf(orgId);
    expect(failed!.status).toBe('failed');

    const res = await webhookCall(retry.POST, orgId, webhook.id, `/deliveries/${failed!.id}/retry`, {
      method: 'POST',
      token,
      deliveryId: failed!.id,
    });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ id: failed!.id, status: 'pending' });
    await runWebhookJobs(orgId);
    const [after] = await deliveriesOf(orgId);
    expect(after).toMatchObject({ status: 'succeeded', attempts: 3 });
    expect(after!.attemptsLog.find((a) => a.number === 3)).toMatchObject({ manual: true, succeeded: true });
  });

  it('rotating the secret signs with both secrets for the overlap, then with the new one only', async () => {
    const { orgId, token, webhook, secret: oldSecret } = await setup();
    const rotated = await webhookCall(rotate.POST, orgId, webhook.id, '/rotate-secret', { method: 'POST', token });
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body.secret as string;
    expect(newSecret).not.toBe(oldSecret);
    const until = Date.parse(rotated.body.previousSecretExpiresAt);
    expect(until - Date.now()).toBeGreaterThan(23.9 * 3600_000);

    await createDepartment(orgId, token);
    await runWebhookJobs(orgId);
    const [during] = mine(await eventIdsOf(orgId));
    expect(during!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(() => receiver.verify(oldSecret, during!)).not.toThrow();
    expect(() => receiver.verify(newSecret, during!)).not.toThrow();

    // The overlap ends (as 24 hours later).
    await db.webhookEndpoint.update({
      where: { id: webhook.id },
      data: { previousSecretExpiresAt: new Date(Date.now() - 1000) },
    });
    const seen = new Set(await eventIdsOf(orgId));
    await createDepartment(orgId, token);
    await runWebhookJobs(orgId);
    const [afterwards] = mine((await eventIdsOf(orgId)).filter((id) => !seen.has(id)));
    expect(afterwards!.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(() => receiver.verify(newSecret, afterwards!)).not.toThrow();
    expect(() => receiver.verify(oldSecret, afterwards!)).toThrow(/No matching signature/);
  });

  it('ends an attempt that gets no answer (the timeout)', async () => {
    const { postPinned } = await import('@/lib/server/webhooks/post');
    const silent = await startReceiver();
    try {
      silent.answer({ status: 200, hang: true });
      const result = await postPinned(new URL(silent.url), { address: '127.0.0.1', family: 4 }, {}, '{}', 300);
      expect(result).toMatchObject({ status: null, error: 'No answer within 0.3 s' });
      expect(result.durationMs).toBeGreaterThanOrEqual(290);
      expect(silent.received).toHaveLength(1);
    } finally {
      await silent.close();
    }
  });
});
