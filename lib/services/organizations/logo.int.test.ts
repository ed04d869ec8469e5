import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import * as logo from '@/app/api/v1/organizations/[orgId]/logo/route';
import * as one from '@/app/api/v1/organizations/[orgId]/route';
import { db } from '@/lib/server/db';
import { storage } from '@/lib/server/storage';
import { makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { runFileDeletions } from '@/lib/test/jobs';

let team: Awaited<ReturnType<typeof makeTeam>>;
let other: Awaited<ReturnType<typeof makeTeam>>;
let adminToken: string;

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  adminToken = await tokenFor(team.admin);
});

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
let JPEG: Buffer;
beforeAll(async () => {
  JPEG = await sharp({ create: { width: 900, height: 300, channels: 3, background: '#336699' } })
    .jpeg()
    .toBuffer();
});
/** PNG magic, then an SVG with a script: sniffing alone would take it for a PNG (issue 21). */
const SVG_AS_PNG = Buffer.concat([
  PNG.subarray(0, 8),
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'),
]);
const path = (orgId = team.org.id) => `/api/v1/organizations/${orgId}/logo`;
const ctx = (orgId = team.org.id) => ({ params: Promise.resolve({ orgId }) });

function put(body: BodyInit, token = adminToken, type = 'image/png', orgId = team.org.id) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (type) headers['content-type'] = type;
  return logo.PUT(new Request(`http://localhost:3000${path(orgId)}`, { method: 'PUT', headers, body }), ctx(orgId));
}

function get(token: string, extra: Record<string, string> = {}, orgId = team.org.id) {
  return logo.GET(
    new Request(`http://localhost:3000${path(orgId)}`, { headers: { authorization: `Bearer ${token}`, ...extra } }),
    ctx(orgId),
  );
}

describe('organization logo', () => {
  it('answers 404 when there is none', async () => {
    expect((await get(adminToken)).status).toBe(404);
  });

  it('refuses a renamed text file and an SVG with 415, and 3 MB with 413', async () => {
    const text = await put(new Blob(['hello, this is not an image']), adminToken, 'image/png');
    expect(text.status).toBe(415);
    expect((await text.json()).error.code).toBe('unsupported_media_type');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect((await put(svg, adminToken, 'image/svg+xml')).status).toBe(415);
    const form = new FormData();
    form.append('file', new Blob(['not an image']), 'logo.png');
    expect((await put(form, adminToken, '')).status).toBe(415);
    const big = Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)]);
    const tooBig = await put(new Uint8Array(big), adminToken, 'image/png');
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).error.code).toBe('payload_too_large');
    expect((await db.organization.findUniqueOrThrow({ where: { id: team.org.id } })).logoKey).toBeNull();
  });

  it('refuses a PNG-magic SVG, and serves nothing smuggled after a real image', async () => {
    const disguised = await put(new Uint8Array(SVG_AS_PNG));
    expect(disguised.status).toBe(415);
    expect((await disguised.json()).error.code).toBe('unsupported_media_type');
    expect((await db.organization.findUniqueOrThrow({ where: { id: team.org.id } })).logoKey).toBeNull();

    const trailer = '<html><script>alert(1)</script></html>';
    const smuggled = Buffer.concat([PNG, Buffer.from(trailer)]);
    const otherToken = await tokenFor(other.admin);
    expect((await put(new Uint8Array(smuggled), otherToken, 'image/png', other.org.id)).status).toBe(200);
    const served = Buffer.from(await (await get(otherToken, {}, other.org.id)).arrayBuffer());
    expect(served.includes(Buffer.from('<script>'))).toBe(false);
    expect((await sharp(served).metadata()).format).toBe('png');
  });

  it('stores, serves with type, cache headers and ETag, replaces and removes', async () => {
    const res = await put(new Uint8Array(PNG));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ logoUrl: path() });
    const first = (await db.organization.findUniqueOrThrow({ where: { id: team.org.id } })).logoKey!;
    expect(first).toMatch(new RegExp(`^logos/${team.org.id}/`));

    const served = await get(await tokenFor(team.member));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('private, max-age=300');
    const etag = served.headers.get('etag')!;
    expect(etag).toBeTruthy();
    // Re-encoded: a PNG of our own making, not the uploaded bytes.
    const servedBytes = Buffer.from(await served.arrayBuffer());
    expect((await sharp(servedBytes).metadata()).format).toBe('png');
    expect((await get(adminToken, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(await tokenFor(other.admin))).status).toBe(404);
    expect((await get(await tokenFor(await makeUser({ superadmin: true })))).status).toBe(200);

    const org = await call(one.GET, `/api/v1/organizations/${team.org.id}`, {
      token: adminToken,
      params: { orgId: team.org.id },
    });
    expect(org.body.logoUrl).toBe(path());

    // Multipart works too; the old file is deleted by the job queue.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(JPEG)]), 'renamed.png');
    expect((await put(form, adminToken, '')).status).toBe(200);
    const second = (await db.organization.findUniqueOrThrow({ where: { id: team.org.id } })).logoKey!;
    expect(second).not.toBe(first);
    await expect(storage().get(first)).resolves.toBeDefined();
    expect(await runFileDeletions(first)).toBe(1);
    await expect(storage().get(first)).rejects.toThrow();
    const reencoded = await get(adminToken);
    expect(reencoded.headers.get('content-type')).toBe('image/png');
    const meta = await sharp(Buffer.from(await reencoded.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 512, 171]);

    const member = await put(new Uint8Array(PNG), await tokenFor(team.member));
    expect(member.status).toBe(403);

    const removed = await logo.DELETE(
      new Request(`http://localhost:3000${path()}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${adminToken}` },
      }),
      ctx(),
    );
    expect(removed.status).toBe(204);
    expect((await get(adminToken)).status).toBe(404);
    expect(await runFileDeletions(second)).toBe(1);
    await expect(storage().get(second)).rejects.toThrow();
  });
});
