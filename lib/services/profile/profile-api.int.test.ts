import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import * as meAvatar from '@/app/api/v1/me/avatar/route';
import * as mePassword from '@/app/api/v1/me/password/route';
import * as me from '@/app/api/v1/me/route';
import * as userAvatar from '@/app/api/v1/users/[userId]/avatar/route';
import { db } from '@/lib/server/db';
import { addMember, makeTeam, makeUser, PASSWORD, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;

const image = (format: 'png' | 'jpeg' | 'webp', width = 400, height = 300) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 90 } } })
    .toFormat(format)
    .toBuffer();

const put = (token: string, body: Uint8Array | Blob | FormData, contentType?: string, extra: HeadersInit = {}) => {
  const headers = new Headers(extra);
  headers.set('authorization', `Bearer ${token}`);
  if (contentType) headers.set('content-type', contentType);
  return meAvatar.PUT(
    new Request('http://localhost:3000/api/v1/me/avatar', { method: 'PUT', headers, body: body as BodyInit }),
  );
};
const fetchAvatar = (token: string, userId: string, headers: Record<string, string> = {}) =>
  userAvatar.GET(
    new Request(`http://localhost:3000/api/v1/users/${userId}/avatar`, {
      headers: { authorization: `Bearer ${token}`, ...headers },
    }),
    { params: Promise.resolve({ userId }) },
  );
const patchMe = (token: string, body: unknown) => call(me.PATCH, '/api/v1/me', { method: 'PATCH', token, body });

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
});

describe('PATCH /me', () => {
  it('validates every field and names the bad ones', async () => {
    const token = await tokenFor(team.member);
    const res = await patchMe(token, { phone: '0171 123', country: 'Germany', language: 'xx', firstName: '' });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['country', 'firstName', 'language', 'phone']);
    expect((await patchMe(token, { acceptTerms: false })).status).toBe(422);
  });

  it('updates the profile, records terms acceptance, audits and returns the /me body', async () => {
    const user = await makeUser();
    const token = await tokenFor(user);
    const res = await patchMe(token, {
      firstName: ' Ada ',
      lastName: 'Lovelace',
      phone: '+441234567890',
      country: 'gb',
      jobTitle: 'Engineer',
      language: 'fr',
      acceptTerms: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      id: user.id,
      firstName: 'Ada',
      lastName: 'Lovelace',
      phone: '+441234567890',
      country: 'GB',
      jobTitle: 'Engineer',
      language: 'fr',
      mustChangePassword: false,
      avatarUrl: null,
    });
    expect(res.body.termsAcceptedAt).toEqual(expect.any(String));
    const cleared = await patchMe(token, { phone: '', jobTitle: null });
    expect(cleared.body).toMatchObject({ phone: null, jobTitle: null, firstName: 'Ada' });
    const trail = await db.auditLog.findMany({ where: { targetId: user.id, action: 'user.profile_update' } });
    expect(trail).toHaveLength(2);
    expect(trail[0]?.targetType).toBe('user');
  });
});

describe('avatars', () => {
  it.each(['png', 'jpeg', 'webp'] as const)('turns a %s into a 256×256 thumbnail readable by the team', async (fmt) => {
    const user = await makeUser();
    await addMember(team, user, 'member');
    const token = await tokenFor(user);
    const res = await put(token, await image(fmt), `image/${fmt}`);
    expect(res.status, await res.clone().text()).toBe(200);
    const { avatarUrl } = (await res.json()) as { avatarUrl: string };
    expect(avatarUrl).toMatch(new RegExp(`^/api/v1/users/${user.id}/avatar`));
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.avatarKey).toMatch(new RegExp(`^avatars/${user.id}/[\\w-]+\\.webp$`));

    const got = await fetchAvatar(await tokenFor(team.member), user.id);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/webp');
    expect(got.headers.get('cache-control')).toBe('private, max-age=300');
    const etag = got.headers.get('etag');
    expect(etag).toBe(`"${row.avatarKey}"`);
    const meta = await sharp(Buffer.from(await got.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 256, 256]);
    expect((await fetchAvatar(token, user.id, { 'if-none-match': etag ?? '' })).status).toBe(304);
    const me1 = await call(me.GET, '/api/v1/me', { token });
    expect(me1.body.avatarUrl).toBe(avatarUrl);
  });

  it('accepts a multipart `file` part and deletes the previous file', async () => {
    const user = await makeUser();
    const token = await tokenFor(user);
    expect((await put(token, await image('png'), 'image/png')).status).toBe(200);
    const first = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarKey;
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await image('jpeg'))], { type: 'image/jpeg' }), 'me.jpg');
    const res = await put(token, form);
    expect(res.status, await res.clone().text()).toBe(200);
    const second = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).avatarKey;
    expect(second).not.toBe(first);
    const { storage } = await import('@/lib/server/storage');
    const { runFileDeletions } = await import('@/lib/test/jobs');
    expect(await runFileDeletions(first ?? '')).toBe(1);
    await expect(storage().get(first ?? '')).rejects.toThrow();
  });

  it('refuses a body over 3 MB with 413, by Content-Length and while streaming', async () => {
    const token = await tokenFor(team.member);
    const big = new Uint8Array(4 * 1024 * 1024);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect((await put(token, big, 'image/png')).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 4; i++) c.enqueue(new Uint8Array(1024 * 1024));
        c.close();
      },
    });
    const req = new Request('http://localhost:3000/api/v1/me/avatar', {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await meAvatar.PUT(req)).status).toBe(413);
  });

  it('checks the type by content: a PDF named .png, an SVG and a GIF -> 415', async () => {
    const token = await tokenFor(team.member);
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    expect((await put(token, pdf, 'image/png')).status).toBe(415);
    const form = new FormData();
    form.append('file', new Blob([pdf], { type: 'image/png' }), 'photo.png');
    expect((await put(token, form)).status).toBe(415);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await put(token, svg, 'image/svg+xml')).status).toBe(415);
    expect((await put(token, await image('gif' as 'png'), 'image/gif')).status).toBe(415);
  });

  it('hides an avatar from other orgs, and lets the user and superadmins see it; delete -> 404', async () => {
    const ownerToken = await tokenFor(team.owner);
    expect((await put(ownerToken, await image('png'), 'image/png')).status).toBe(200);
    expect((await fetchAvatar(await tokenFor(other.admin), team.owner.id)).status).toBe(404);
    expect((await fetchAvatar(await tokenFor(team.admin), team.owner.id)).status).toBe(200);
    expect((await fetchAvatar(ownerToken, team.owner.id)).status).toBe(200);
    expect((await fetchAvatar(await tokenFor(await makeUser({ superadmin: true })), team.owner.id)).status).toBe(200);
    const anonymous = await userAvatar.GET(new Request('http://localhost:3000/x'), {
      params: Promise.resolve({ userId: team.owner.id }),
    });
    expect(anonymous.status).toBe(401);

    const del = await call(meAvatar.DELETE, '/api/v1/me/avatar', { method: 'DELETE', token: ownerToken });
    expect(del.status).toBe(204);
    expect((await fetchAvatar(await tokenFor(team.admin), team.owner.id)).status).toBe(404);
    expect((await call(me.GET, '/api/v1/me', { token: ownerToken })).body.avatarUrl).toBeNull();
  });
});

describe('must_change_password', () => {
  it('is reported by /me, blocks every other API call, and is cleared by a successful password change', async () => {
    const user = await makeUser();
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const token = await tokenFor(user);
    expect((await call(me.GET, '/api/v1/me', { token })).body.mustChangePassword).toBe(true);
    const patch = { method: 'PATCH', token, body: { jobTitle: 'Analyst' } } as const;
    const blocked = await call(me.PATCH, '/api/v1/me', patch);
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.message).toMatch(/temporary password/);
    const bad = { currentPassword: 'wrong password here', newPassword: 'a brand new passphrase 42' };
    expect((await call(mePassword.POST, '/api/v1/me/password', { method: 'POST', token, body: bad })).status).toBe(422);
    expect((await call(me.GET, '/api/v1/me', { token })).body.mustChangePassword).toBe(true);
    const body = { currentPassword: PASSWORD, newPassword: 'a brand new passphrase 42' };
    const res = await call(mePassword.POST, '/api/v1/me/password', { method: 'POST', token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(204);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.mustChangePassword).toBe(false);
    expect((await call(me.PATCH, '/api/v1/me', patch)).status).toBe(200);
  });
});
