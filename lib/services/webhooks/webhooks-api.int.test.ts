import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as deliveries from '@/app/api/v1/organizations/[orgId]/webhooks/[webhookId]/deliveries/route';
import * as one from '@/app/api/v1/organizations/[orgId]/webhooks/[webhookId]/route';
import * as test from '@/app/api/v1/organizations/[orgId]/webhooks/[webhookId]/test/route';
import * as list from '@/app/api/v1/organizations/[orgId]/webhooks/route';
import { TEST_EVENT } from '@/lib/schemas/webhook';
import { db } from '@/lib/server/db';
import { runDueJobs } from '@/lib/server/jobs/worker';
import { writeEvent } from '@/lib/server/webhooks/events';
import { makeTeam, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { startReceiver } from '@/lib/test/webhook-receiver';
import { createWebhookVia, patchWebhook, runWebhookJobs, webhookCall, webhooksPath } from '@/lib/test/webhooks';
import { pruneWebhookLog } from './prune';

type Team = Awaited<ReturnType<typeof makeTeam>>;

let team: Team;
let other: Team;
let token: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  token = await tokenFor(team.admin);
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

const create = (body: Record<string, unknown>, t = token, orgId = team.org.id) => createWebhookVia(orgId, t, body);

describe('webhook endpoints API', () => {
  it('creates an endpoint, shows the secret once and stores it sealed', async () => {
    const res = await create({ url: receiver.url, events: ['member.created', 'member.created'], description: ' HR ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      url: receiver.url,
      events: ['member.created'],
      description: 'HR',
      enabled: true,
      disabledReason: null,
    });
    const secret = res.body.secret as string;
    const row = await db.webhookEndpoint.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(secret.slice(6, 20));

    const read = await webhookCall(one.GET, team.org.id, res.body.id, '', { token });
    expect(read.status).toBe(200);
    expect(read.body.secret).toBeUndefined();
    const listed = await call(list.GET, webhooksPath(team.org.id), { token, params: { orgId: team.org.id } });
    expect(listed.body.data.find((w: { id: string }) => w.id === res.body.id)).toBeDefined();
    expect(JSON.stringify(listed.body)).not.toContain('whsec_');
    const trail = await db.auditLog.findFirstOrThrow({ where: { targetId: res.body.id, action: 'webhook.create' } });
    expect(JSON.stringify(trail)).not.toContain('whsec_');
  });

  it('refuses bad input with field errors and changes nothing', async () => {
    const before = await db.webhookEndpoint.count({ where: { organizationId: team.org.id } });
    const none = await create({ url: receiver.url, events: [] });
    expect(none.status).toBe(422);
    expect(none.body.error.fields.events).toEqual(['Choose at least one event']);
    const unknown = await create({ url: receiver.url, events: ['member.exploded'] });
    expect(unknown.body.error.fields['events.0']).toEqual(['Unknown event']);
    const noUrl = await create({ events: ['member.created'] });
    expect(noUrl.body.error.fields.url).toEqual(['URL is required']);
    const member = await create({ url: receiver.url, events: ['member.created'] }, await tokenFor(team.member));
    expect(member.status).toBe(403);
    expect(await db.webhookEndpoint.count({ where: { organizationId: team.org.id } })).toBe(before);
  });

  it('edits, disables, enables and deletes an endpoint', async () => {
    const { body: hook } = await create({ url: receiver.url, events: ['role.created'] });
    const edited = await patchWebhook(team.org.id, hook.id, token, { events: ['role.updated'], description: 'Roles' });
    expect(edited.body).toMatchObject({ events: ['role.updated'], description: 'Roles' });
    const off = await patchWebhook(team.org.id, hook.id, token, { enabled: false });
    expect(off.body.enabled).toBe(false);
    await db.webhookEndpoint.update({
      where: { id: hook.id },
      data: { disabledReason: 'gone', failingSince: new Date() },
    });
    const on = await patchWebhook(team.org.id, hook.id, token, { enabled: true });
    expect(on.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
    const actions = await db.auditLog.findMany({ where: { targetId: hook.id }, orderBy: { createdAt: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual([
      'webhook.create',
      'webhook.update',
      'webhook.disable',
      'webhook.enable',
    ]);
    expect((await webhookCall(one.DELETE, team.org.id, hook.id, '', { method: 'DELETE', token })).status).toBe(204);
    expect((await webhookCall(one.GET, team.org.id, hook.id, '', { token })).status).toBe(404);
  });

  it("answers 404 for another org's endpoints and never changes them", async () => {
    const { body: theirs } = await create(
      { url: receiver.url, events: ['role.created'] },
      await tokenFor(other.admin),
      other.org.id,
    );
    for (const [handler, method] of [
      [one.GET, 'GET'],
      [one.PATCH, 'PATCH'],
      [one.DELETE, 'DELETE'],
    ] as const) {
      const res = await webhookCall(handler, other.org.id, theirs.id, '', { method, token, body: { enabled: false } });
      expect(res.status).toBe(404);
    }
    const viaOwn = await webhookCall(one.GET, team.org.id, theirs.id, '', { token });
    expect(viaOwn.status).toBe(404);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: theirs.id } })).enabled).toBe(true);
  });

  it('sends a test event to that endpoint only, and logs it', async () => {
    const { body: hook } = await create({ url: receiver.url, events: ['role.created'] });
    const res = await webhookCall(test.POST, team.org.id, hook.id, '/test', { method: 'POST', token });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ event: TEST_EVENT, status: 'pending', attempts: 0 });
    await runWebhookJobs(team.org.id);
    const got = receiver.received.filter((r) => JSON.parse(r.body).data?.webhookId === hook.id);
    expect(got).toHaveLength(1);
    expect(receiver.verify(hook.secret, got[0]!)).toMatchObject({ type: TEST_EVENT });

    await patchWebhook(team.org.id, hook.id, token, { enabled: false });
    const refused = await webhookCall(test.POST, team.org.id, hook.id, '/test', { method: 'POST', token });
    expect(refused.status).toBe(409);
  });

  it('filters the delivery log by event and status, and refuses unknown filters', async () => {
    const { body: hook } = await create({ url: receiver.url, events: ['role.created', 'role.deleted'] });
    await db.$transaction(async (tx) => {
      await writeEvent(tx, team.org.id, 'role.created', { id: 'a' }, [hook.id]);
      await writeEvent(tx, team.org.id, 'role.deleted', { id: 'a' }, [hook.id]);
    });
    receiver.answer(500);
    await runWebhookJobs(team.org.id);
    const log = (query: string) => webhookCall(deliveries.GET, team.org.id, hook.id, `/deliveries?${query}`, { token });
    expect((await log('')).body.total).toBe(2);
    const created = await log('event=role.created');
    expect(created.body.data.map((d: { event: string }) => d.event)).toEqual(['role.created']);
    const pending = await log('status=pending');
    expect(pending.body.total).toBe(1);
    expect(pending.body.data[0]).toMatchObject({ attempts: 1, lastResponseCode: 500 });
    expect((await log('status=succeeded')).body.total).toBe(1);
    expect((await log('status=lost')).status).toBe(422);
    expect((await log('event=member.exploded')).status).toBe(422);
  });
});

describe('the delivery log', () => {
  it('is pruned after 30 days', async () => {
    const { body: hook } = await create({ url: receiver.url, events: ['role.created'] });
    const [oldId, newId] = await db.$transaction(async (tx) => [
      ...(await writeEvent(tx, team.org.id, 'role.created', { id: 'old' }, [hook.id])),
      ...(await writeEvent(tx, team.org.id, 'role.created', { id: 'new' }, [hook.id])),
    ]);
    await runWebhookJobs(team.org.id);
    const old = await db.webhookDelivery.update({
      where: { id: oldId },
      data: { createdAt: new Date(Date.now() - 31 * 24 * 3600_000) },
    });
    await db.webhookEvent.update({ where: { id: old.eventId }, data: { createdAt: old.createdAt } });
    const pruned = await pruneWebhookLog();
    expect(pruned.deliveries).toBeGreaterThanOrEqual(1);
    expect(await db.webhookDelivery.findUnique({ where: { id: oldId! } })).toBeNull();
    expect(await db.webhookEvent.findUnique({ where: { id: old.eventId } })).toBeNull();
    expect(await db.webhookAttempt.count({ where: { deliveryId: oldId! } })).toBe(0);
    expect(await db.webhookDelivery.findUnique({ where: { id: newId! } })).not.toBeNull();
  });
});

describe('two workers on one database', () => {
  it('deliver each event once', async () => {
    const { body: hook } = await create({ url: receiver.url, events: ['role.created'] });
    const ids = await db.$transaction(async (tx) => {
      const made: string[] = [];
      for (let i = 0; i < 20; i++)
        made.push(...(await writeEvent(tx, team.org.id, 'role.created', { id: `r${i}` }, [hook.id])));
      return made;
    });
    const rows = await db.webhookDelivery.findMany({
      where: { id: { in: ids } },
      select: { jobId: true, eventId: true },
    });
    const jobIds = rows.map((r) => r.jobId!);
    await runWebhookJobs(other.org.id); // registers the handlers
    // Two loops claiming from the same jobs at once, each on its own connections (SKIP LOCKED).
    const [a, b] = await Promise.all([runDueJobs(100, jobIds), runDueJobs(100, jobIds)]);
    expect(a + b).toBe(20);
    const eventIds = new Set(rows.map((r) => r.eventId));
    const got = receiver.received.filter((r) => eventIds.has(r.headers['webhook-id']!));
    expect(got).toHaveLength(20);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(20);
    expect(await db.webhookDelivery.count({ where: { id: { in: ids }, status: 'succeeded', attempts: 1 } })).toBe(20);
  });
});
