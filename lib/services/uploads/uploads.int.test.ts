import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import * as meAvatar from '@/app/api/v1/me/avatar/route';
import * as content from '@/app/api/v1/uploads/[id]/content/route';
import * as url from '@/app/api/v1/uploads/[id]/url/route';
import * as uploads from '@/app/api/v1/uploads/route';
import { db } from '@/lib/server/db';
import { makeTeam, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;
let memberToken: string;
let adminToken: string;
let otherToken: string;
let png: Buffer;

const MB = 1024 * 1024;
const create = (body: unknown, token = memberToken) =>
  call(uploads.POST, '/api/v1/uploads', { method: 'POST', token, body });
const idOf = (u: string) => new URL(u).pathname.split('/')[4]!;
const put = (uploadUrl: string, body: Uint8Array, headers: Record<string, string> = {}) => {
  const target = new URL(uploadUrl);
  return content.PUT(
    new Request(target, {
      method: 'PUT',
      body: body as BodyInit,
      headers: { 'content-type': 'application/octet-stream', ...headers },
    }),
    { params: Promise.resolve({ id: idOf(uploadUrl) }) },
  );
};
const get = (downloadUrl: string) =>
  content.GET(new Request(new URL(downloadUrl)), { params: Promise.resolve({ id: idOf(downloadUrl) }) });
const tamper = (u: string, key: string, value: string) => {
  const x = new URL(u);
  x.searchParams.set(key, value);
  return x.toString();
};

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  [memberToken, adminToken, otherToken] = await Promise.all([
    tokenFor(team.member),
    tokenFor(team.admin),
    tokenFor(other.member),
  ]);
  png = await sharp({ create: { width: 80, height: 80, channels: 3, background: '#3a6' } })
    .png()
    .toBuffer();
});

describe('signed uploads', () => {
  it('uploads an avatar through a signed URL, downloads it through a signed URL, and sets it as the avatar', async () => {
    const created = await create({ purpose: 'avatar', contentType: 'image/png', size: png.length });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ method: 'PUT', maxSize: png.length });
    expect(created.body.uploadUrl).toMatch(/\/api\/v1\/uploads\/[^/]+\/content\?exp=\d+&sig=/);
    const id = created.body.id;

    expect((await put(created.body.uploadUrl, png)).status).toBe(204);
    const row = await db.upload.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'uploaded', size: png.length, ownerId: team.member.id });

    // Used twice -> 409, and the stored file is untouched.
    expect((await put(created.body.uploadUrl, png)).status).toBe(409);

    const link = await call(url.GET, `/api/v1/uploads/${id}/url`, { token: memberToken, params: { id } });
    expect(link.status).toBe(200);
    expect(Date.parse(link.body.expiresAt) - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    const file = await get(link.body.url);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);
    expect(file.headers.get('cache-control')).toBe('private, no-store');

    // Someone else cannot get a download URL; a tampered one is refused.
    expect((await call(url.GET, `/api/v1/uploads/${id}/url`, { token: otherToken, params: { id } })).status).toBe(404);
    expect((await get(tamper(link.body.url, 'sig', 'x'.repeat(43)))).status).toBe(403);
    const later = String(Math.floor(Date.now() / 1000) + 86_400);
    expect((await get(tamper(link.body.url, 'exp', later))).status).toBe(403);

    const set = await meAvatar.PUT(
      new Request('http://localhost:3000/api/v1/me/avatar', {
        method: 'PUT',
        headers: { authorization: `Bearer ${memberToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ uploadId: id }),
      }),
    );
    expect(set.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: team.member.id } })).avatarKey).toMatch(/^avatars\//);
    const trail = await db.auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: 'asc' } });
    expect(trail.map((t) => t.action)).toEqual(['upload.create', 'upload.complete']);
  });

  it('refuses a tampered signature, an expired URL and an expired download URL with 403', async () => {
    const created = await create({ purpose: 'avatar', contentType: 'image/png', size: png.length });
    const bad = await put(tamper(created.body.uploadUrl, 'sig', 'AAAA'), png);
    expect(bad.status).toBe(403);
    const longer = String(Number(new URL(created.body.uploadUrl).searchParams.get('exp')) + 3600);
    expect((await put(tamper(created.body.uploadUrl, 'exp', longer), png)).status).toBe(403);
    expect((await db.upload.findUniqueOrThrow({ where: { id: created.body.id } })).status).toBe('pending');

    const expired = await create({ purpose: 'avatar', contentType: 'image/png', size: png.length });
    const e = new URL(expired.body.uploadUrl);
    // A correctly signed URL whose exp has passed (signed here with the server's key).
    const { signingKey } = await import('./keys');
    const { signedPath } = await import('./signature');
    const past = Math.floor(Date.now() / 1000) - 10;
    const pastUrl = `http://localhost:3000${signedPath(
      e.pathname,
      { op: 'put', id: expired.body.id, purpose: 'avatar', maxSize: png.length, exp: past },
      signingKey(),
    )}`;
    const res = await put(pastUrl, png);
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/expired/);

    // Download URLs expire too.
    expect((await put(expired.body.uploadUrl, png)).status).toBe(204);
    const oldGet = `http://localhost:3000${signedPath(
      e.pathname,
      { op: 'get', id: expired.body.id, purpose: 'avatar', maxSize: png.length, exp: past },
      signingKey(),
    )}`;
    expect((await get(oldGet)).status).toBe(403);
  });

  it('stops a 10 MB body to an avatar URL with 413, and wrong content with 415', async () => {
    const created = await create({ purpose: 'avatar', contentType: 'image/png', size: 3 * MB });
    const big = Buffer.alloc(10 * MB, 1);
    big.set(png.subarray(0, 16));
    expect((await put(created.body.uploadUrl, big)).status).toBe(413);
    // Without a Content-Length the stream is cut at the cap.
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(big.subarray(i * MB, (i + 1) * MB));
        c.close();
      },
    });
    const streamed = await content.PUT(
      new Request(created.body.uploadUrl, { method: 'PUT', body: stream, duplex: 'half' } as RequestInit),
      { params: Promise.resolve({ id: created.body.id }) },
    );
    expect(streamed.status).toBe(413);
    expect((await db.upload.findUniqueOrThrow({ where: { id: created.body.id } })).status).toBe('pending');

    const pdf = Buffer.from('%PDF-1.4 not an image at all');
    expect((await put(created.body.uploadUrl, pdf)).status).toBe(415);
    expect((await put(created.body.uploadUrl, png)).status).toBe(204);
  });

  it('validates purpose, type, size and permissions up front', async () => {
    const tooBig = await create({ purpose: 'avatar', contentType: 'image/png', size: 10 * MB });
    expect(tooBig.status).toBe(413);
    const svg = await create({ purpose: 'avatar', contentType: 'image/svg+xml', size: 100 });
    expect(svg.status).toBe(422);
    expect(svg.body.error.fields.contentType).toBeDefined();
    expect((await create({ purpose: 'resume', contentType: 'text/csv', size: 100 })).status).toBe(422);
    const logo = { purpose: 'logo', contentType: 'image/png', size: png.length, organizationId: team.org.id };
    expect((await create(logo)).status).toBe(403);
    expect((await create({ ...logo, organizationId: other.org.id }, adminToken)).status).toBe(404);
    const ok = await create(logo, adminToken);
    expect(ok.status).toBe(201);
    const csv = { purpose: 'import', contentType: 'text/csv', size: 100, organizationId: team.org.id };
    expect((await create(csv)).status).toBe(403);
    expect((await create(csv, adminToken)).status).toBe(201);
    expect((await call(uploads.POST, '/api/v1/uploads', { method: 'POST', body: csv })).status).toBe(401);
  });
});
