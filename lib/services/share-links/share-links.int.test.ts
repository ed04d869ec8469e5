import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import * as one from '@/app/api/v1/me/share-links/[id]/route';
import * as links from '@/app/api/v1/me/share-links/route';
import * as avatar from '@/app/p/[token]/avatar/route';
import { sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { setAvatar } from '@/lib/services/profile/set-avatar';
import { makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { sharedCard } from './shared-card';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;
let memberToken: string;
let otherToken: string;

const create = (body: unknown, token = memberToken) =>
  call(links.POST, '/api/v1/me/share-links', { method: 'POST', token, body });
const revoke = (id: string, token = memberToken) =>
  call(one.DELETE, `/api/v1/me/share-links/${id}`, { method: 'DELETE', token, params: { id } });
const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;
const getAvatar = (token: string) =>
  avatar.GET(new Request(`http://localhost:3000/p/${token}/avatar`), { params: Promise.resolve({ token }) });

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  await db.user.update({ where: { id: team.member.id }, data: { jobTitle: 'Chief Tester', country: 'DE' } });
  [memberToken, otherToken] = await Promise.all([tokenFor(team.member), tokenFor(other.member)]);
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c33' } })
    .png()
    .toBuffer();
  const user = await db.user.findUniqueOrThrow({ where: { id: team.member.id } });
  await setAvatar(
    {
      kind: 'user',
      userId: user.id,
      email: user.email,
      name: '',
      isSuperadmin: false,
      sessionId: '',
      via: 'bearer',
      meta: { ip: null, userAgent: null },
    },
    { image: png },
  );
});

describe('share links', () => {
  it('creates a link whose token is only in the url, lists it, shows the chosen card, revokes it', async () => {
    const created = await create({ expiresInHours: 24, fields: ['jobTitle', 'avatar'] });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(['expiresAt', 'id', 'url']);
    const token = tokenOf(created.body.url);
    expect(created.body.url).toMatch(/\/p\/[A-Za-z0-9_-]{40,}$/);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(row.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.organizationId).toBe(team.org.id);
    expect(Date.parse(created.body.expiresAt) - Date.now()).toBeGreaterThan(23.9 * 3600_000);

    const listed = await call(links.GET, '/api/v1/me/share-links', { token: memberToken });
    expect(listed.status).toBe(200);
    expect(listed.body.data[0]).toMatchObject({
      id: created.body.id,
      status: 'active',
      fields: ['jobTitle', 'avatar'],
    });
    expect(JSON.stringify(listed.body)).not.toContain(token);

    const card = await sharedCard(token);
    expect(card).toMatchObject({ jobTitle: 'Chief Tester', country: null, department: null, hasAvatar: true });
    expect((await db.shareLink.findUniqueOrThrow({ where: { id: row.id } })).lastViewedAt).not.toBeNull();
    const img = await getAvatar(token);
    expect(img.status).toBe(200);
    expect(img.headers.get('cache-control')).toMatch(/^private/);

    // Someone else's link: 404, and it keeps working.
    expect((await revoke(created.body.id, otherToken)).status).toBe(404);
    expect(await sharedCard(token)).not.toBeNull();

    expect((await revoke(created.body.id)).status).toBe(204);
    expect(await sharedCard(token)).toBeNull();
    expect((await getAvatar(token)).status).toBe(404);
    const after = await call(links.GET, '/api/v1/me/share-links', { token: memberToken });
    expect(after.body.data.find((l: { id: string }) => l.id === created.body.id).status).toBe('revoked');
    const trail = await db.auditLog.findMany({ where: { targetId: created.body.id }, orderBy: { createdAt: 'asc' } });
    expect(trail.map((t) => t.action)).toEqual(['share_link.create', 'share_link.revoke']);
  });

  it('stops working after expiry', async () => {
    const created = await create({ expiresInHours: 1 });
    const token = tokenOf(created.body.url);
    expect(await sharedCard(token)).not.toBeNull();
    await db.shareLink.update({ where: { id: created.body.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await sharedCard(token)).toBeNull();
    expect((await getAvatar(token)).status).toBe(404);
    expect(await sharedCard('not-a-real-token-but-long-enough')).toBeNull();
  });

  it('validates the expiry (1 hour to 30 days) and the organization', async () => {
    for (const expiresInHours of [0, 721, 1.5]) {
      const res = await create({ expiresInHours });
      expect(res.status).toBe(422);
      expect(res.body.error.fields.expiresInHours).toBeDefined();
    }
    const foreign = await create({ expiresInHours: 2, organizationId: other.org.id });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields.organizationId).toBeDefined();
    const loner = await makeUser();
    const none = await create({ expiresInHours: 2 }, await tokenFor(loner));
    expect(none.status).toBe(422);
    expect(await db.shareLink.count({ where: { userId: loner.id } })).toBe(0);
    expect((await call(links.GET, '/api/v1/me/share-links')).status).toBe(401);
  });

  it('hides the card when the member left the organization', async () => {
    const created = await create({ expiresInHours: 5 });
    const token = tokenOf(created.body.url);
    await db.membership.updateMany({
      where: { userId: team.member.id, organizationId: team.org.id },
      data: { status: 'deactivated' },
    });
    expect(await sharedCard(token)).toBeNull();
    await db.membership.updateMany({
      where: { userId: team.member.id, organizationId: team.org.id },
      data: { status: 'active' },
    });
  });
});
