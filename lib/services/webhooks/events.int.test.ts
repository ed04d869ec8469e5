import { beforeAll, describe, expect, it } from 'vitest';
import * as departmentOne from '@/app/api/v1/organizations/[orgId]/departments/[departmentId]/route';
import * as departments from '@/app/api/v1/organizations/[orgId]/departments/route';
import * as activate from '@/app/api/v1/organizations/[orgId]/members/[userId]/activate/route';
import * as deactivate from '@/app/api/v1/organizations/[orgId]/members/[userId]/deactivate/route';
import * as memberOne from '@/app/api/v1/organizations/[orgId]/members/[userId]/route';
import * as members from '@/app/api/v1/organizations/[orgId]/members/route';
import * as roleOne from '@/app/api/v1/organizations/[orgId]/roles/[roleId]/route';
import * as roles from '@/app/api/v1/organizations/[orgId]/roles/route';
import * as org from '@/app/api/v1/organizations/[orgId]/route';
import { webhookEventTypes } from '@/lib/schemas/webhook';
import { db } from '@/lib/server/db';
import { MAX_BODY_BYTES } from '@/lib/server/webhooks/events';
import { makeTeam, makeUser, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { importFile } from '@/lib/test/imports';
import { acceptToken, invite, mailedToken, newEmail, revokeInvitation } from '@/lib/test/invitations';
import { createWebhookVia } from '@/lib/test/webhooks';

// What the services write to the outbox, for each event of the catalog. Nothing is delivered
// here (no job runs); delivery.int.test.ts sends events to a receiver.
type Team = Awaited<ReturnType<typeof makeTeam>>;

let team: Team;
let token: string;
let orgId: string;
const base = () => `/api/v1/organizations/${orgId}`;

beforeAll(async () => {
  team = await makeTeam();
  orgId = team.org.id;
  token = await tokenFor(team.owner);
  const hook = await createWebhookVia(orgId, token, { url: 'http://127.0.0.1:9/all', events: webhookEventTypes });
  expect(hook.status).toBe(201);
});

/** The events written since `since`, oldest first, as `{ type, data }`. */
async function eventsSince(since: Date) {
  const rows = await db.webhookEvent.findMany({
    where: { organizationId: orgId, createdAt: { gte: since } },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((r) => {
    expect(Buffer.byteLength(r.body)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    return JSON.parse(r.body) as { type: string; data: Record<string, unknown> };
  });
}

async function during(fn: () => Promise<void>) {
  const since = new Date(Date.now() - 1);
  await fn();
  return eventsSince(since);
}

const send = (handler: Parameters<typeof call>[0], path: string, method: string, params = {}, body?: unknown) =>
  call(handler, `${base()}${path}`, { method, token, body, params: { orgId, ...params } });

describe('events from the services', () => {
  it('organization.updated carries the organization as the API reads it', async () => {
    let read: unknown;
    const events = await during(async () => {
      const res = await send(org.PATCH, '', 'PATCH', {}, { location: `Lisbon ${uniq()}` });
      expect(res.status).toBe(200);
      read = res.body;
    });
    expect(events).toEqual([{ type: 'organization.updated', data: read, timestamp: expect.any(String) }]);
  });

  it('member.created, updated, deactivated, activated and removed', async () => {
    const email = newEmail('member');
    let userId = '';
    const reads: unknown[] = [];
    const events = await during(async () => {
      const added = await send(
        members.POST,
        '/members',
        'POST',
        {},
        {
          email,
          firstName: 'Grace',
          lastName: 'Hopper',
          roleId: team.roles.member.id,
          temporaryPassword: 'a long temporary passphrase',
        },
      );
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      // The reply never holds the member (it reads the same whether the address had an account): read it.
      userId = (await db.user.findUniqueOrThrow({ where: { email } })).id;
      const p = { userId };
      reads.push((await send(memberOne.GET, `/members/${userId}`, 'GET', p)).body);
      const edited = await send(memberOne.PATCH, `/members/${userId}`, 'PATCH', p, { jobTitle: 'Admiral' });
      reads.push(edited.body);
      reads.push((await send(deactivate.POST, `/members/${userId}/deactivate`, 'POST', p)).body);
      reads.push((await send(activate.POST, `/members/${userId}/activate`, 'POST', p)).body);
      reads.push((await send(memberOne.GET, `/members/${userId}`, 'GET', p)).body);
      expect((await send(memberOne.DELETE, `/members/${userId}`, 'DELETE', p)).status).toBe(204);
    });
    expect(events.map((e) => e.type)).toEqual([
      'member.created',
      'member.updated',
      'member.deactivated',
      'member.activated',
      'member.removed',
    ]);
    expect(events[0]!.data).toEqual(reads[0]);
    expect(events[1]!.data).toEqual(reads[1]);
    expect(events[1]!.data.jobTitle).toBe('Admiral');
    expect(events[2]!.data).toMatchObject({ userId, status: 'deactivated' });
    expect(events[3]!.data).toMatchObject({ userId, status: 'active' });
    // Removed: the member as they were, in the shape of GET …/members/{userId}.
    expect(events[4]!.data).toEqual(reads[4]);
  });

  it('invitation.created, accepted (with member.created) and revoked', async () => {
    const email = newEmail('invitee');
    const other = newEmail('revoked');
    let created: { id: string } = { id: '' };
    const events = await during(async () => {
      const res = await invite(orgId, token, { email, roleId: team.roles.member.id });
      expect(res.status).toBe(201);
      created = res.body;
      const accepted = await acceptToken({
        token: await mailedToken(email),
        firstName: 'Ada',
        lastName: 'Lovelace',
        password: 'a long enough passphrase',
      });
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
      const second = await invite(orgId, token, { email: other, roleId: team.roles.member.id });
      expect((await revokeInvitation(orgId, token, second.body.id)).status).toBe(204);
    });
    expect(events.map((e) => e.type)).toEqual([
      'invitation.created',
      'invitation.accepted',
      'member.created',
      'invitation.created',
      'invitation.revoked',
    ]);
    expect(events[0]!.data).toEqual(created);
    expect(events[1]!.data).toMatchObject({ id: created.id, email, status: 'accepted' });
    expect(events[2]!.data).toMatchObject({ email, firstName: 'Ada', status: 'active' });
    expect(events[4]!.data).toMatchObject({ email: other, status: 'revoked' });
  });

  it('role.created, updated and deleted; members moved by the delete are updated', async () => {
    const reads: Record<string, unknown>[] = [];
    const events = await during(async () => {
      const res = await send(
        roles.POST,
        '/roles',
        'POST',
        {},
        { name: `Recruiter ${uniq()}`, permissions: ['org.read'] },
      );
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      reads.push(res.body);
      const p = { roleId: res.body.id };
      reads.push((await send(roleOne.PATCH, `/roles/${res.body.id}`, 'PATCH', p, { description: 'Hires' })).body);
      await db.membership.updateMany({
        where: { organizationId: orgId, userId: team.member.id },
        data: { roleId: res.body.id },
      });
      const removed = await call(roleOne.DELETE, `${base()}/roles/${res.body.id}?reassignTo=${team.roles.member.id}`, {
        method: 'DELETE',
        token,
        params: { orgId, ...p },
      });
      expect(removed.status).toBe(204);
    });
    expect(events.map((e) => e.type)).toEqual(['role.created', 'role.updated', 'role.deleted', 'member.updated']);
    expect(events[0]!.data).toEqual(reads[0]);
    expect(events[1]!.data).toEqual(reads[1]);
    expect(events[2]!.data).toMatchObject({ id: reads[0]!.id, memberCount: 1 });
    expect(events[3]!.data).toMatchObject({ userId: team.member.id, role: { key: 'member' } });
  });

  it('department.created, updated and deleted', async () => {
    const reads: Record<string, unknown>[] = [];
    const events = await during(async () => {
      const res = await send(departments.POST, '/departments', 'POST', {}, { name: `Ops ${uniq()}` });
      reads.push(res.body);
      const p = { departmentId: res.body.id };
      reads.push(
        (await send(departmentOne.PATCH, `/departments/${res.body.id}`, 'PATCH', p, { description: 'x' })).body,
      );
      expect((await send(departmentOne.DELETE, `/departments/${res.body.id}`, 'DELETE', p)).status).toBe(204);
    });
    expect(events.map((e) => e.type)).toEqual(['department.created', 'department.updated', 'department.deleted']);
    expect(events[0]!.data).toEqual(reads[0]);
    expect(events[1]!.data).toEqual(reads[1]);
    expect(events[2]!.data).toEqual(reads[1]);
  });

  it('a bulk import emits its departments, invitations and import.completed', async () => {
    const tag = uniq();
    // An account of its own, not yet a member: imports invite it too (issue 21).
    const existing = (await makeUser()).email;
    const csv = `email,firstName,lastName,department\nnew-${tag}@example.test,N,Ew,Imported ${tag}\n${existing},E,X,\n`;
    let importId = '';
    const events = await during(async () => {
      importId = await importFile(
        orgId,
        token,
        { name: 'people.csv', bytes: csv },
        { createMissingDepartments: 'true' },
      );
    });
    expect(events.map((e) => e.type).sort()).toEqual(
      ['department.created', 'import.completed', 'invitation.created', 'invitation.created'].sort(),
    );
    expect(events.find((e) => e.type === 'department.created')!.data).toMatchObject({
      name: `Imported ${tag}`,
      memberCount: 0,
    });
    const invited = events.filter((e) => e.type === 'invitation.created').map((e) => e.data.email);
    expect(invited.sort()).toEqual([`new-${tag}@example.test`, existing].sort());
    expect(events.find((e) => e.type === 'import.completed')!.data).toMatchObject({
      id: importId,
      status: 'completed',
      counts: { created: 2, added: 0, alreadyMember: 0, failed: 0 },
    });
  });

  it('writes nothing for an org without endpoints, and only subscribed events', async () => {
    const quiet = await makeTeam();
    const quietToken = await tokenFor(quiet.admin);
    const only = await createWebhookVia(quiet.org.id, quietToken, {
      url: 'http://127.0.0.1:9/only',
      events: ['department.deleted'],
    });
    expect(only.status).toBe(201);
    const res = await call(departments.POST, `/api/v1/organizations/${quiet.org.id}/departments`, {
      method: 'POST',
      token: quietToken,
      body: { name: 'Quiet' },
      params: { orgId: quiet.org.id },
    });
    expect(res.status).toBe(201);
    expect(await db.webhookEvent.count({ where: { organizationId: quiet.org.id } })).toBe(0);
  });
});
