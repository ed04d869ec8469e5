import { decode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as callback } from '@/app/api/sso/oidc/[connectionId]/callback/route';
import { GET as startRoute } from '@/app/api/sso/start/route';
import { GET as readOrg } from '@/app/api/v1/organizations/[orgId]/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { ssoSecrets } from '@/lib/server/sealed';
import { SSO_ERROR_COOKIE } from '@/lib/services/sso/finish-response';
import { makeOrg, makeUser, uniq, userOnVerifiedDomain } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { type OidcAccount, type OidcProvider, startOidcProvider } from '@/lib/test/oidc-provider';
import { oidcRedirectUri } from '../urls';

let idp: OidcProvider;
let other: OidcProvider;
const SECRET = 'oidc-client-secret-for-tests';

beforeAll(async () => {
  vi.stubEnv('SSO_ALLOW_HTTP_ISSUERS', 'on');
  [idp, other] = await Promise.all([startOidcProvider(), startOidcProvider()]);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([idp.close(), other.close()]);
});

/** An org with an OIDC connection to `provider`, registered there as its client. */
async function oidcConnection(provider = idp) {
  const org = await makeOrg();
  const id = newId();
  await db.ssoConnection.create({
    data: {
      id,
      organizationId: org.org.id,
      type: 'oidc',
      name: 'Test OIDC',
      issuer: provider.issuer,
      clientId: `client-${id}`,
      clientSecretSealed: ssoSecrets.seal(SECRET, id),
    },
  });
  const client = { clientId: `client-${id}`, clientSecret: SECRET, redirectUri: oidcRedirectUri(id) };
  provider.register(client);
  return { org, id, client };
}
type Conn = Awaited<ReturnType<typeof oidcConnection>>;

const person = (extra: Partial<OidcAccount> = {}): OidcAccount => ({
  sub: `sub-${uniq()}`,
  email: `jit-${uniq()}@idp.example.com`,
  email_verified: true,
  given_name: 'Ada',
  family_name: 'Lovelace',
  ...extra,
});

/** "Continue with SSO" for the connection: the redirect to the provider. */
async function start(conn: Conn, callbackUrl = '/account') {
  const res = await startRoute(
    new Request(`http://localhost/api/sso/start?connection=${conn.id}&callbackUrl=${encodeURIComponent(callbackUrl)}`, {
      headers: { 'x-portal-client-ip': `10.9.${Math.floor(Math.random() * 250)}.1` },
    }),
  );
  expect(res.status).toBe(303);
  const location = res.headers.get('location')!;
  const url = new URL(location);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('state')).toBeTruthy();
  expect(url.searchParams.get('nonce')).toBeTruthy();
  return location;
}

const back = (conn: Conn, url: string) =>
  callback(new Request(url, { headers: { 'sec-fetch-site': 'cross-site' } }), {
    params: Promise.resolve({ connectionId: conn.id }),
  });

/** Signs `who` in at the provider and brings the answer to our callback. */
async function signIn(conn: Conn, who: OidcAccount, provider = idp) {
  provider.state.signInAs = who;
  return back(conn, await provider.follow(await start(conn)));
}

async function sessionOf(res: Response) {
  const cookie = res.headers.get('set-cookie') ?? '';
  const token = /next-auth\.session-token=([^;]+)/.exec(cookie)?.[1];
  if (!token) return null;
  const jwt = await decode({ token, secret: process.env.AUTH_SECRET! });
  return db.session.findUniqueOrThrow({ where: { id: String(jwt?.sid) } });
}

async function expectRefused(conn: Conn, res: Response, reason: RegExp) {
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe('/signin');
  const cookie = res.headers.get('set-cookie') ?? '';
  expect(cookie).toContain(`${SSO_ERROR_COOKIE}=`);
  expect(decodeURIComponent(/portal-sso-error=([^;]+)/.exec(cookie)![1]!)).toMatch(reason);
  expect(cookie).not.toContain('next-auth.session-token');
  const row = await db.ssoConnection.findUniqueOrThrow({ where: { id: conn.id } });
  expect(row.lastError).toMatch(reason);
}

describe('OIDC sign-in against a real provider on loopback', () => {
  it('creates a new person just in time with a membership and a session, and goes where they were going', async () => {
    const conn = await oidcConnection();
    const who = person();
    const res = await signIn(conn, who);
    expect(res.status, res.headers.get('set-cookie') ?? '').toBe(303);
    expect(res.headers.get('location')).toBe('/account');
    const user = await db.user.findUniqueOrThrow({ where: { email: who.email! } });
    expect(user).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', status: 'active', passwordHash: null });
    const member = await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: conn.org.org.id, userId: user.id } },
      include: { role: true },
    });
    expect(member).toMatchObject({ status: 'active', role: { key: 'member' } });
    const session = await sessionOf(res);
    expect(session).toMatchObject({ userId: user.id, kind: 'browser', revokedAt: null, mfaMethod: null });
    const identity = await db.ssoIdentity.findUniqueOrThrow({
      where: { connectionId_subject: { connectionId: conn.id, subject: who.sub } },
    });
    expect(identity.userId).toBe(user.id);
    expect((await db.ssoConnection.findUniqueOrThrow({ where: { id: conn.id } })).lastSignInAt).not.toBeNull();

    // The next sign-in finds the same person by their subject, even with another e-mail.
    const again = await signIn(conn, { ...who, email: `renamed-${uniq()}@idp.example.com` });
    expect((await sessionOf(again))?.userId).toBe(user.id);
  });

  it("links an existing account on a verified domain, and records the provider's second factor", async () => {
    const conn = await oidcConnection();
    const existing = await userOnVerifiedDomain(conn.org.org.id);
    try {
      const res = await signIn(conn, person({ email: existing.email, amr: ['pwd', 'mfa'] }));
      const session = await sessionOf(res);
      expect(session).toMatchObject({ userId: existing.id, mfaMethod: 'idp' });
      const member = await db.membership.findUnique({
        where: { organizationId_userId: { organizationId: conn.org.org.id, userId: existing.id } },
      });
      expect(member?.status).toBe('active');
    } finally {
      await db.organizationDomain.deleteMany({ where: { organizationId: conn.org.org.id } });
    }
  });

  it("lets the provider's second factor count for the org's requireMfa, and nothing else", async () => {
    const conn = await oidcConnection();
    await db.organization.update({ where: { id: conn.org.org.id }, data: { requireMfa: true } });
    const orgId = conn.org.org.id;
    const cookieOf = (res: Response) =>
      /(next-auth\.session-token=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
    const withMfa = await signIn(conn, person({ amr: ['mfa'] }));
    const admitted = await call(readOrg, `/api/v1/organizations/${orgId}`, {
      cookie: cookieOf(withMfa),
      params: { orgId },
    });
    expect(admitted.status, JSON.stringify(admitted.body)).toBe(200);
    const withoutMfa = await signIn(conn, person({ amr: ['pwd'] }));
    const refused = await call(readOrg, `/api/v1/organizations/${orgId}`, {
      cookie: cookieOf(withoutMfa),
      params: { orgId },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('mfa_enrollment_required');
  });

  it('refuses to take over an existing account whose domain the org has not verified', async () => {
    const conn = await oidcConnection();
    const existing = await makeUser();
    const res = await signIn(conn, person({ email: existing.email }));
    await expectRefused(conn, res, /not a domain .* has verified/);
    expect(await db.ssoIdentity.count({ where: { connectionId: conn.id } })).toBe(0);
  });

  it('refuses an unverified e-mail', async () => {
    const conn = await oidcConnection();
    const res = await signIn(conn, person({ email_verified: false }));
    await expectRefused(conn, res, /not verified this e-mail/);
  });

  it('refuses a wrong or unknown state, and a state used twice', async () => {
    const conn = await oidcConnection();
    idp.state.signInAs = person();
    const answer = new URL(await idp.follow(await start(conn)));
    const forged = new URL(answer);
    forged.searchParams.set('state', 'not-a-state-we-sent');
    await expectRefused(conn, await back(conn, forged.href), /unknown, already used or expired/);
    expect((await back(conn, answer.href)).headers.get('location')).toBe('/account');
    await expectRefused(conn, await back(conn, answer.href), /unknown, already used or expired/);
  });

  it('refuses an ID token whose nonce is not the one this sign-in sent', async () => {
    const conn = await oidcConnection();
    idp.state.signInAs = person();
    const location = await start(conn);
    const state = new URL(location).searchParams.get('state')!;
    // The provider puts the nonce it was sent in the ID token: the sign-in now expects another.
    const { sha256 } = await import('@/lib/server/auth/secrets');
    await db.ssoLogin.update({ where: { id: sha256(state) }, data: { nonce: 'another-nonce' } });
    await expectRefused(conn, await back(conn, await idp.follow(location)), /nonce/);
  });

  it("refuses an answer from another issuer (the other provider's code and iss at this connection)", async () => {
    const conn = await oidcConnection();
    // The same client is registered at a second, real provider, which signs the person in.
    other.register(conn.client);
    other.state.signInAs = person();
    const ours = new URL(await start(conn));
    const theirs = new URL(ours.href.replace(idp.issuer, other.issuer));
    const answer = await other.follow(theirs.href);
    expect(new URL(answer).searchParams.get('iss')).toBe(other.issuer);
    await expectRefused(conn, await back(conn, answer), /iss/);
  });

  it('tells the person when no connection is found for their e-mail domain', async () => {
    const res = await startRoute(
      new Request(`http://localhost/api/sso/start?identifier=someone@nowhere-${uniq()}.test`),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/signin');
    expect(decodeURIComponent(res.headers.get('set-cookie') ?? '')).toContain('Single sign-on is not set up for');
  });
});
