import { Readable } from 'node:stream';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import * as adminUser from '@/app/api/v1/admin/users/[userId]/route';
import * as demoOne from '@/app/api/v1/demo-requests/[id]/route';
import * as demoList from '@/app/api/v1/demo-requests/route';
import * as meAvatar from '@/app/api/v1/me/avatar/route';
import * as logo from '@/app/api/v1/organizations/[orgId]/logo/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { registerAllJobHandlers } from '@/lib/server/jobs/handlers';
import { scheduleRecurring } from '@/lib/server/jobs/recurring';
import { runDueJobs } from '@/lib/server/jobs/worker';
import { storage } from '@/lib/server/storage';
import { FILE_DELETE_QUEUE } from '@/lib/server/storage/delete-later';
import { makeTeam, makeUser, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { runFileDeletions, runQueuedJobs } from '@/lib/test/jobs';
import { deleteOrg, onboard, setStatus } from '@/lib/test/organizations';
import { DEMO_CONVERTED_QUEUE } from '../demo-requests/mark-converted';
import { SWEEP_EVERY_SECONDS, SWEEP_QUEUE } from './sweep';

const DAY = 86_400_000;
let superToken: string;
let png: Buffer;

const exists = async (key: string) => {
  try {
    (await storage().get(key)).destroy();
    return true;
  } catch {
    return false;
  }
};
const store = async (key: string) => {
  await storage().put(key, Readable.from([png]), { contentType: 'image/png', size: png.length });
  return key;
};
const queuedDeletions = (key: string) =>
  db.job.count({
    where: { queue: FILE_DELETE_QUEUE, status: 'queued', payload: { path: ['keys'], array_contains: [key] } },
  });

beforeAll(async () => {
  registerAllJobHandlers();
  superToken = await tokenFor(await makeUser({ superadmin: true }));
  png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#a63' } })
    .png()
    .toBuffer();
});

describe('the hourly sweep (job queue)', () => {
  it('removes share links expired or revoked over 30 days ago and upload slots nobody will use, with their files', async () => {
    const team = await makeTeam();
    const now = Date.now();
    const link = (expiresAt: number, revokedAt: number | null = null) =>
      db.shareLink.create({
        data: {
          id: newId(),
          tokenHash: newId(),
          userId: team.member.id,
          organizationId: team.org.id,
          expiresAt: new Date(expiresAt),
          revokedAt: revokedAt ? new Date(revokedAt) : null,
        },
      });
    const oldExpired = await link(now - 31 * DAY);
    const oldRevoked = await link(now + DAY, now - 31 * DAY);
    const recent = await link(now - DAY);
    const active = await link(now + DAY);

    const upload = async (status: 'pending' | 'uploaded', expiresAt: number, uploadedAt: number | null) => {
      const id = newId();
      const storageKey = await store(`uploads/avatar/${id}.png`);
      await db.upload.create({
        data: {
          id,
          purpose: 'avatar',
          ownerId: team.member.id,
          contentType: 'image/png',
          declaredSize: png.length,
          storageKey,
          status,
          expiresAt: new Date(expiresAt),
          uploadedAt: uploadedAt ? new Date(uploadedAt) : null,
        },
      });
      return { id, storageKey };
    };
    const abandoned = await upload('pending', now - 2 * 3600_000, null);
    const inFlight = await upload('pending', now + 600_000, now);
    const stale = await upload('uploaded', now - 8 * DAY, now - 8 * DAY);
    const fresh = await upload('uploaded', now - DAY, now - DAY);

    // The worker schedules the current slot at start; the run schedules the next slot when claimed.
    const [id] = (await scheduleRecurring(now)).filter((j) => j.startsWith(`${SWEEP_QUEUE}:`));
    expect(await runDueJobs(10, [id!])).toBe(1);
    expect(await db.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'done' });
    const slot = Math.floor(now / 1000 / SWEEP_EVERY_SECONDS);
    const next = await db.job.findUniqueOrThrow({ where: { id: `${SWEEP_QUEUE}:${slot + 1}` } });
    expect(next).toMatchObject({ status: 'queued', runAt: new Date((slot + 1) * SWEEP_EVERY_SECONDS * 1000) });

    const links = await db.shareLink.findMany({ where: { userId: team.member.id }, select: { id: true } });
    expect(links.map((l) => l.id).sort()).toEqual([recent.id, active.id].sort());
    expect(links.map((l) => l.id)).not.toContain(oldExpired.id);
    expect(links.map((l) => l.id)).not.toContain(oldRevoked.id);
    const left = await db.upload.findMany({ where: { ownerId: team.member.id }, select: { id: true } });
    expect(left.map((u) => u.id).sort()).toEqual([inFlight.id, fresh.id].sort());

    // The files go with the deletion job queued by the sweep.
    expect(await exists(abandoned.storageKey)).toBe(true);
    expect(await runFileDeletions(abandoned.storageKey)).toBe(1);
    expect(await runFileDeletions(stale.storageKey)).toBeLessThanOrEqual(1);
    expect(await exists(abandoned.storageKey)).toBe(false);
    expect(await exists(stale.storageKey)).toBe(false);
    expect(await exists(fresh.storageKey)).toBe(true);
  });
});

describe('deleting an organization or a user removes their files (job queue)', () => {
  it('deletes the logo, import files and uploads of a deleted organization once the deletion commits', async () => {
    const team = await makeTeam();
    const ownerToken = await tokenFor(team.owner);
    const put = await logo.PUT(
      new Request(`http://localhost:3000/api/v1/organizations/${team.org.id}/logo`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${ownerToken}`, 'content-type': 'image/png' },
        body: new Uint8Array(png),
      }),
      { params: Promise.resolve({ orgId: team.org.id }) },
    );
    expect(put.status).toBe(200);
    const { logoKey } = await db.organization.findUniqueOrThrow({ where: { id: team.org.id } });
    const importKey = await store(`imports/${team.org.id}/${newId()}.csv`);
    await db.import.create({
      data: {
        id: newId(),
        organizationId: team.org.id,
        createdByLabel: 'test',
        fileName: 'people.csv',
        fileType: 'csv',
        fileSize: png.length,
        fileKey: importKey,
        status: 'failed',
        options: {},
      },
    });
    const uploadKey = await store(`uploads/logo/${newId()}.png`);
    await db.upload.create({
      data: {
        id: newId(),
        purpose: 'logo',
        ownerId: team.owner.id,
        organizationId: team.org.id,
        contentType: 'image/png',
        declaredSize: png.length,
        storageKey: uploadKey,
        status: 'uploaded',
        expiresAt: new Date(Date.now() + 600_000),
      },
    });

    // Refused (still active): nothing is queued.
    expect((await deleteOrg(superToken, team.org.id, team.org.slug)).status).toBe(409);
    expect(await queuedDeletions(logoKey!)).toBe(0);

    expect((await setStatus(superToken, team.org.id, 'deactivate')).status).toBe(200);
    expect((await deleteOrg(superToken, team.org.id, team.org.slug)).status).toBe(204);
    for (const key of [logoKey!, importKey, uploadKey]) expect(await exists(key)).toBe(true);
    expect(await runFileDeletions(logoKey!, importKey, uploadKey)).toBe(1);
    for (const key of [logoKey!, importKey, uploadKey]) expect(await exists(key)).toBe(false);
    const trail = await db.auditLog.findFirstOrThrow({ where: { action: 'org.delete', targetId: team.org.id } });
    expect(trail.after).toMatchObject({ files: 3 });
  });

  it('deletes the avatar of a deleted user', async () => {
    const user = await makeUser();
    const token = await tokenFor(user);
    const set = await meAvatar.PUT(
      new Request('http://localhost:3000/api/v1/me/avatar', {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
        body: new Uint8Array(png),
      }),
    );
    expect(set.status).toBe(200);
    const { avatarKey } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await exists(avatarKey!)).toBe(true);

    const res = await call(adminUser.DELETE, `/api/v1/admin/users/${user.id}`, {
      method: 'DELETE',
      token: superToken,
      params: { userId: user.id },
    });
    expect(res.status).toBe(204);
    expect(await runFileDeletions(avatarKey!)).toBe(1);
    expect(await exists(avatarKey!)).toBe(false);
  });
});

describe('a demo request converted into an organization (job queue)', () => {
  it('is marked converted, linked to the new organization, once onboarding commits', async () => {
    const created = await call(demoList.POST, '/api/v1/demo-requests', {
      method: 'POST',
      body: {
        firstName: 'Dana',
        lastName: 'Prospect',
        email: `dana-${uniq()}@x.test`,
        company: 'Prospect Co',
        consent: true,
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const read = () => call(demoOne.GET, `/api/v1/demo-requests/${id}`, { token: superToken, params: { id } });

    const body = (demoRequestId: string) => ({
      name: `Prospect Co ${uniq()}`,
      admin: { email: `admin-${uniq()}@x.test`, firstName: 'Dana', lastName: 'Prospect' },
      demoRequestId,
    });
    const unknown = await onboard(superToken, body('no-such-request'));
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.fields.demoRequestId).toBeDefined();

    const org = await onboard(superToken, body(id));
    expect(org.status).toBe(201);
    expect((await read()).body).toMatchObject({ status: 'new', convertedOrganizationId: null });
    expect(await runQueuedJobs(DEMO_CONVERTED_QUEUE, { demoRequestId: id })).toBe(1);
    const after = (await read()).body;
    expect(after).toMatchObject({ status: 'converted', convertedOrganizationId: org.body.organization.id });
    expect(Date.parse(after.convertedAt)).toBeGreaterThan(Date.now() - 60_000);
    const trail = await db.auditLog.findFirstOrThrow({ where: { action: 'demo_request.convert', targetId: id } });
    expect(trail).toMatchObject({ actorLabel: 'onboarding', after: { organizationId: org.body.organization.id } });

    // Converted once: not again, and its status is no longer changed by hand (feedback still is).
    expect((await onboard(superToken, body(id))).status).toBe(409);
    const patch = (data: unknown) =>
      call(demoOne.PATCH, `/api/v1/demo-requests/${id}`, {
        method: 'PATCH',
        token: superToken,
        params: { id },
        body: data,
      });
    expect((await patch({ status: 'contacted' })).status).toBe(409);
    expect((await patch({ status: 'converted' })).status).toBe(422);
    expect((await patch({ feedback: 'Signed' })).body).toMatchObject({ status: 'converted', feedback: 'Signed' });
    const list = await call(demoList.GET, '/api/v1/demo-requests?status=converted', { token: superToken });
    expect(list.body.data.map((r: { id: string }) => r.id)).toContain(id);
    expect(list.body.counts.converted).toBeGreaterThanOrEqual(1);
  });
});
