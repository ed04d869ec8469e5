import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as meAvatar from '@/app/api/v1/me/avatar/route';
import * as content from '@/app/api/v1/uploads/[id]/content/route';
import * as url from '@/app/api/v1/uploads/[id]/url/route';
import * as uploads from '@/app/api/v1/uploads/route';
import * as userAvatar from '@/app/api/v1/users/[userId]/avatar/route';
import { db } from '@/lib/server/db';
import { createStorage } from '@/lib/server/storage';
import { makeTeam, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { startUploadThingStandIn, type UploadThingStandIn } from '@/lib/test/uploadthing-stand-in';

// The signed-upload flow with UPLOADTHING_TOKEN set: the app's own URL, size and content checks in
// front, then the `uploadthing` SDK, pointed at a loopback stand-in through its URL settings.
const store = globalThis as unknown as { portalStorage?: unknown };
let ut: UploadThingStandIn;
let team: Awaited<ReturnType<typeof makeTeam>>;
let token: string;
let png: Buffer;

const put = (uploadUrl: string, body: Uint8Array) =>
  content.PUT(new Request(uploadUrl, { method: 'PUT', body: body as BodyInit }), {
    params: Promise.resolve({ id: new URL(uploadUrl).pathname.split('/')[4]! }),
  });
const create = (size: number) =>
  call(uploads.POST, '/api/v1/uploads', {
    method: 'POST',
    token,
    body: { purpose: 'avatar', contentType: 'image/png', size },
  });

beforeAll(async () => {
  ut = await startUploadThingStandIn();
  store.portalStorage = createStorage({
    NODE_ENV: 'test',
    UPLOADTHING_TOKEN: ut.token,
    UPLOADTHING_API_URL: ut.apiUrl,
    UPLOADTHING_INGEST_URL: ut.ingestUrl,
  });
  team = await makeTeam();
  token = await tokenFor(team.member);
  png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#36a' } })
    .png()
    .toBuffer();
});

afterAll(async () => {
  store.portalStorage = undefined;
  await ut.close();
});

describe('signed uploads stored on UploadThing', () => {
  it('stores the checked bytes privately under our key, serves them back, and makes them the avatar', async () => {
    const created = await create(png.length);
    expect(created.status).toBe(201);
    expect(new URL(created.body.uploadUrl).origin).toBe('http://localhost:3000');
    expect((await put(created.body.uploadUrl, png)).status).toBe(204);
    const row = await db.upload.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(ut.byCustomId(row.storageKey)).toMatchObject({ type: 'image/png', acl: 'private' });
    expect(ut.byCustomId(row.storageKey)?.body.equals(png)).toBe(true);

    const link = await call(url.GET, `/api/v1/uploads/${row.id}/url`, { token, params: { id: row.id } });
    const file = await content.GET(new Request(link.body.url), { params: Promise.resolve({ id: row.id }) });
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(png)).toBe(true);

    const set = await meAvatar.PUT(
      new Request('http://localhost:3000/api/v1/me/avatar', {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ uploadId: row.id }),
      }),
    );
    expect(set.status).toBe(200);
    const { avatarKey } = await db.user.findUniqueOrThrow({ where: { id: team.member.id } });
    expect(ut.byCustomId(avatarKey)).toMatchObject({ type: 'image/webp', acl: 'private' });
    const params = { userId: team.member.id };
    const avatar = await userAvatar.GET(
      new Request(`http://localhost:3000/api/v1/users/${team.member.id}/avatar`, {
        headers: { authorization: `Bearer ${token}` },
      }),
      { params: Promise.resolve(params) },
    );
    expect(avatar.status).toBe(200);
    expect(avatar.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await avatar.arrayBuffer())).metadata()).width).toBe(256);
  });

  it('sends nothing to UploadThing that fails our checks: wrong content (415), too large (413)', async () => {
    const ingests = () => ut.calls.filter((c) => c.startsWith('PUT /ingest/')).length;
    const before = ingests();
    const created = await create(png.length);
    expect((await put(created.body.uploadUrl, Buffer.from('%PDF-1.4 not an image'))).status).toBe(415);
    expect((await put(created.body.uploadUrl, Buffer.alloc(png.length + 1, 1))).status).toBe(413);
    expect(ingests()).toBe(before);
    expect((await db.upload.findUniqueOrThrow({ where: { id: created.body.id } })).status).toBe('pending');
  });
});
