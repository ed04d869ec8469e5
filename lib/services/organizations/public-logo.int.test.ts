import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import * as meRoute from '@/app/api/v1/me/route';
import * as logo from '@/app/api/v1/organizations/[orgId]/logo/route';
import * as publicLogo from '@/app/logo/[orgId]/[version]/route';
import type { Me } from '@/lib/schemas/me';
import { db } from '@/lib/server/db';
import { appLink, queueEmail } from '@/lib/server/mail/outbox';
import { loadMailContext } from '@/lib/services/imports/import-mail';
import { makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

let team: Awaited<ReturnType<typeof makeTeam>>;
let adminToken: string;
let png: Buffer;

beforeAll(async () => {
  team = await makeTeam();
  adminToken = await tokenFor(team.admin);
  png = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#0f766e' } })
    .png()
    .toBuffer();
});

const apiPath = () => `/api/v1/organizations/${team.org.id}/logo`;

async function upload(): Promise<string> {
  const res = await logo.PUT(
    new Request(`http://localhost:3000${apiPath()}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'image/png' },
      body: new Uint8Array(png),
    }),
    { params: Promise.resolve({ orgId: team.org.id }) },
  );
  expect(res.status).toBe(200);
  const me = (await call(meRoute.GET, '/api/v1/me', { token: adminToken })).body as Me;
  const url = me.memberships.find((m) => m.organization.id === team.org.id)?.organization.logoUrl;
  expect(url).toMatch(new RegExp(`^/logo/${team.org.id}/[\\w-]+$`));
  return url as string;
}

/** GET of the public route, with no credentials at all. */
function fetchPublic(url: string) {
  const [, , orgId, version] = url.split('/');
  return publicLogo.GET(new Request(`http://localhost:3000${url}`), {
    params: Promise.resolve({ orgId: orgId as string, version: version as string }),
  });
}

describe('the public, versioned logo', () => {
  it('is served to anyone, cached for good; an older version points at the current one; none is 404', async () => {
    expect((await fetchPublic(`/logo/${team.org.id}/00000000-0000-4000-8000-000000000000`)).status).toBe(404);

    const first = await upload();
    const served = await fetchPublic(first);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(300);

    const second = await upload();
    expect(second).not.toBe(first);
    const old = await fetchPublic(first);
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toBe(second);
    // Another org's id with this version, or a path-like version, finds nothing.
    const other = await makeTeam();
    const version = second.split('/').pop() as string;
    expect((await fetchPublic(`/logo/${other.org.id}/${version}`)).status).toBe(404);
    expect((await fetchPublic(`/logo/${team.org.id}/..%2F..%2Fetc`)).status).toBe(404);
  });

  it("heads the org's mail: a single invitation and the bulk import's compiled one", async () => {
    const url = await upload();
    const id = await db.$transaction((tx) =>
      queueEmail(tx, {
        to: `${team.member.email}`,
        template: 'invitation',
        wording: { org: team.org.id },
        action: { path: '/invite/abc' },
        vars: { 'org.name': 'Acme <Labs>', 'inviter.name': 'Ada', 'role.name': 'Member', expiresIn: '7 days' },
      }),
    );
    const mail = await db.email.findUniqueOrThrow({ where: { id } });
    const org = await db.organization.findUniqueOrThrow({ where: { id: team.org.id } });
    expect(mail.html).toContain(`<img src="${appLink(url)}" alt="${org.name}"`);
    expect(mail.text).not.toContain('/logo/');

    const compiled = await loadMailContext(team.org.id, 'Ada');
    expect(compiled.invitation.html.join('')).toContain(`<img src="${appLink(url)}"`);

    // Platform mail (no org wording) carries no org's logo.
    const outsider = await makeUser();
    const platform = await db.$transaction((tx) =>
      queueEmail(tx, {
        to: outsider.email,
        template: 'invitation',
        wording: 'platform',
        action: { path: '/invite/abc' },
        vars: { 'org.name': 'Acme', 'inviter.name': 'Ada', 'role.name': 'Member', expiresIn: '7 days' },
      }),
    );
    expect((await db.email.findUniqueOrThrow({ where: { id: platform } })).html).not.toContain('<img');
  });
});
