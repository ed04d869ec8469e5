import { decode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { POST as acs } from '@/app/api/sso/saml/[connectionId]/acs/route';
import { GET as metadataRoute } from '@/app/api/sso/saml/[connectionId]/metadata/route';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { connectionForSignIn } from '@/lib/services/sso/connection-for-sign-in';
import { SSO_ERROR_COOKIE } from '@/lib/services/sso/finish-response';
import { makeOrg, makeUser, uniq, userOnVerifiedDomain } from '@/lib/test/factories';
import { createSamlIdp, type ResponseOptions, readAuthnRequest } from '@/lib/test/saml-idp';
import { samlUrls } from '../urls';
import { parseIdpMetadata } from './metadata';
import { samlStart } from './saml';

const idp = createSamlIdp();

async function samlConnection(opts: { allowIdpInitiated?: boolean; enabled?: boolean } = {}) {
  const org = await makeOrg();
  const parsed = parseIdpMetadata(idp.metadata);
  const row = await db.ssoConnection.create({
    data: {
      id: newId(),
      organizationId: org.org.id,
      type: 'saml',
      name: 'Test IdP',
      idpMetadataXml: idp.metadata,
      idpEntityId: parsed.entityId,
      idpSsoUrl: parsed.ssoUrl,
      idpCertificates: parsed.certificates,
      allowIdpInitiated: opts.allowIdpInitiated ?? false,
      enabled: opts.enabled ?? true,
    },
  });
  const urls = samlUrls(row.id);
  return { org, id: row.id, urls };
}
type Conn = Awaited<ReturnType<typeof samlConnection>>;

/** Starts a sign-in as the sign-in page does, and reads what the IdP receives. */
async function start(conn: Conn, callbackUrl = '/account') {
  const location = await samlStart(await connectionForSignIn(conn.id), callbackUrl);
  expect(location.startsWith(`${idp.ssoUrl}?`)).toBe(true);
  return readAuthnRequest(location);
}

/** The IdP's auto-submitted form, cross-site, to the ACS of `connectionId`. */
function post(connectionId: string, SAMLResponse: string, RelayState?: string) {
  const body = new URLSearchParams({ SAMLResponse, ...(RelayState ? { RelayState } : {}) });
  const req = new Request(samlUrls(connectionId).acsUrl, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(idp.entityId).origin,
      'sec-fetch-site': 'cross-site',
    },
  });
  return acs(req, { params: Promise.resolve({ connectionId }) });
}

const forConn = (conn: Conn, rest: Partial<ResponseOptions> & { nameId: string }): ResponseOptions => ({
  acsUrl: conn.urls.acsUrl,
  audience: conn.urls.spEntityId,
  sign: 'assertion',
  ...rest,
});

const newEmail = () => `saml-${uniq()}@corp-${uniq()}.test`;

async function expectRefused(res: Response, conn: Conn, reason: RegExp, emails: string[]) {
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe('/signin');
  const cookie = res.headers.get('set-cookie') ?? '';
  expect(cookie.startsWith(`${SSO_ERROR_COOKIE}=`)).toBe(true);
  const message = decodeURIComponent(cookie.split(';')[0]!.slice(SSO_ERROR_COOKIE.length + 1));
  expect(message).toMatch(reason);
  expect(cookie).not.toMatch(/next-auth/);
  const row = await db.ssoConnection.findUniqueOrThrow({ where: { id: conn.id } });
  expect(row.lastError).toBe(message);
  for (const email of emails) {
    const user = await db.user.findUnique({ where: { email }, select: { id: true } });
    const sessions = user ? await db.session.count({ where: { userId: user.id } }) : 0;
    expect(sessions).toBe(0);
  }
  return message;
}

async function sessionOf(res: Response) {
  const cookie = res.headers.get('set-cookie') ?? '';
  const match = /^next-auth\.session-token=([^;]+)/.exec(cookie);
  expect(match).not.toBeNull();
  const token = await decode({ token: match![1]!, secret: process.env.AUTH_SECRET! });
  return db.session.findUniqueOrThrow({ where: { id: String(token?.sid) } });
}

describe('SAML sign-in through the ACS', () => {
  it('starts with an AuthnRequest whose id is kept with the started sign-in, and signs a new person in just in time', async () => {
    const conn = await samlConnection();
    const request = await start(conn, '/account');
    expect(request.acsUrl).toBe(conn.urls.acsUrl);
    expect(request.xml).toContain(`<saml:Issuer`);
    expect(request.xml).toContain(conn.urls.spEntityId);
    const login = await db.ssoLogin.findFirstOrThrow({ where: { connectionId: conn.id } });
    expect(login.requestId).toBe(request.id);

    const email = newEmail();
    const res = await post(
      conn.id,
      idp.response(
        forConn(conn, {
          inResponseTo: request.id,
          nameId: email,
          attributes: { givenName: 'Sam', sn: 'Lee', email },
        }),
      ),
      request.relayState,
    );
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account');
    const session = await sessionOf(res);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(session.userId).toBe(user.id);
    expect(session.kind).toBe('browser');
    expect(session.mfaMethod).toBeNull();
    expect([user.firstName, user.lastName, user.status, user.passwordHash]).toEqual(['Sam', 'Lee', 'active', null]);
    const membership = await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: conn.org.org.id, userId: user.id } },
      include: { role: true },
    });
    expect([membership.status, membership.role.key]).toEqual(['active', 'member']);
    const identity = await db.ssoIdentity.findUniqueOrThrow({
      where: { connectionId_subject: { connectionId: conn.id, subject: email } },
    });
    expect(identity.userId).toBe(user.id);
    expect(await db.samlAssertion.count({ where: { connectionId: conn.id } })).toBe(1);
    const row = await db.ssoConnection.findUniqueOrThrow({ where: { id: conn.id } });
    expect(row.lastSignInAt).not.toBeNull();
  });

  it('takes the e-mail from attributes when the NameID is not one, names from a full name, and MFA from the context', async () => {
    const conn = await samlConnection();
    const request = await start(conn);
    const email = newEmail();
    const subject = `emp-${uniq()}`;
    const res = await post(
      conn.id,
      idp.response(
        forConn(conn, {
          inResponseTo: request.id,
          nameId: subject,
          nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
          attributes: {
            'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': email,
            displayName: 'Ada King Lovelace',
          },
          authnContextClassRef: 'http://schemas.microsoft.com/claims/multipleauthn/MultiFactor',
          sign: 'both',
        }),
      ),
      request.relayState,
    );
    expect(res.status).toBe(303);
    const session = await sessionOf(res);
    expect(session.mfaMethod).toBe('idp');
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect([user.firstName, user.lastName]).toEqual(['Ada', 'King Lovelace']);
    expect(await db.ssoIdentity.count({ where: { connectionId: conn.id, subject, userId: user.id } })).toBe(1);
  });

  it('links an existing account whose e-mail is on a domain the org verified', async () => {
    const conn = await samlConnection();
    const existing = await userOnVerifiedDomain(conn.org.org.id);
    const request = await start(conn);
    const res = await post(
      conn.id,
      idp.response(forConn(conn, { inResponseTo: request.id, nameId: existing.email })),
      request.relayState,
    );
    expect(res.status).toBe(303);
    const session = await sessionOf(res);
    expect(session.userId).toBe(existing.id);
    const identity = await db.ssoIdentity.findUniqueOrThrow({
      where: { connectionId_subject: { connectionId: conn.id, subject: existing.email } },
    });
    expect(identity.userId).toBe(existing.id);
    expect(
      await db.membership.count({ where: { organizationId: conn.org.org.id, userId: existing.id, status: 'active' } }),
    ).toBe(1);
  });

  it('refuses to take over an existing account on a domain the org has not verified', async () => {
    const conn = await samlConnection();
    const existing = await makeUser();
    const request = await start(conn);
    const res = await post(
      conn.id,
      idp.response(forConn(conn, { inResponseTo: request.id, nameId: existing.email })),
      request.relayState,
    );
    await expectRefused(res, conn, /not a domain/, [existing.email]);
    expect(await db.ssoIdentity.count({ where: { userId: existing.id } })).toBe(0);
  });
});

describe('SAML answers the ACS refuses', () => {
  it('an unsigned assertion', async () => {
    const conn = await samlConnection();
    const request = await start(conn);
    const email = newEmail();
    const res = await post(
      conn.id,
      idp.response(forConn(conn, { inResponseTo: request.id, nameId: email, sign: 'none' })),
      request.relayState,
    );
    await expectRefused(res, conn, /refused: Invalid signature/, [email]);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it('a signature over the Response only, the assertion itself unsigned', async () => {
    const conn = await samlConnection();
    const request = await start(conn);
    const email = newEmail();
    const res = await post(
      conn.id,
      idp.response(forConn(conn, { inResponseTo: request.id, nameId: email, sign: 'response' })),
      request.relayState,
    );
    await expectRefused(res, conn, /refused: Invalid signature/, [email]);
  });

  it('an assertion signed by another key, its certificate in the KeyInfo', async () => {
    const conn = await samlConnection();
    const impostor = createSamlIdp(idp.entityId);
    const request = await start(conn);
    const email = newEmail();
    const res = await post(
      conn.id,
      impostor.response(forConn(conn, { inResponseTo: request.id, nameId: email, sign: 'both' })),
      request.relayState,
    );
    await expectRefused(res, conn, /refused: Invalid signature/, [email]);
  });

  it('XML signature wrapping: the signature verifies over a moved original, an evil assertion is the one read', async () => {
    const conn = await samlConnection();
    const request = await start(conn);
    const email = newEmail();
    const evil = newEmail();
    const res = await post(
      conn.id,
      idp.wrappedResponse({ ...forConn(conn, { inResponseTo: request.id, nameId: email }), evilNameId: evil }),
      request.relayState,
    );
    await expectRefused(res, conn, /refused: Invalid signature/, [email, evil]);
    expect(await db.user.count({ where: { email: { in: [email, evil] } } })).toBe(0);
  });

  it('an assertion for another audience', async () => {
    const conn = await samlConnection();
    const request = await start(conn);
    const email = newEmail();
    const res = await post(
      conn.id,
      idp.response(
        forConn(conn, { inResponseTo: request.id, nameId: email, audience: 'https://other.example.test/sp' }),
      ),
      request.relayState,
    );
    await expectRefused(res, conn, /audience mismatch/, [email]);
  });

  it('an assertion for another recipient', async () => {
    const conn = await samlConnection();
    const request = await start(conn);
    const email = newEmail();
    const res = await post(
      conn.id,
      idp.response(
        forConn(conn, { inResponseTo: request.id, nameId: email, recipient: 'https://other.example.test/acs' }),
      ),
      request.relayState,
    );
    await expectRefused(res, conn, /not for this connection's ACS/, [email]);
  });

  it('an assertion signed with the right key but issued under another entity id', async () => {
    const conn = await samlConnection();
    const request = await start(conn);
    const email = newEmail();
    const res = await post(
      conn.id,
      idp.response(
        forConn(conn, { inResponseTo: request.id, nameId: email, issuer: 'https://other.example.test/idp' }),
      ),
      request.relayState,
    );
    await expectRefused(res, conn, /issued by https:\/\/other\.example\.test\/idp/, [email]);
  });

  it('a transient NameID, which would make a new person of every sign-in', async () => {
    const conn = await samlConnection();
    const request = await start(conn);
    const email = newEmail();
    const res = await post(
      conn.id,
      idp.response(
        forConn(conn, {
          inResponseTo: request.id,
          nameId: `_${uniq()}`,
          nameIdFormat: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
          attributes: { email },
        }),
      ),
      request.relayState,
    );
    await expectRefused(res, conn, /transient NameID/, [email]);
  });

  it('an expired assertion (NotOnOrAfter in the past)', async () => {
    const conn = await samlConnection();
    const request = await start(conn);
    const email = newEmail();
    const res = await post(
      conn.id,
      idp.response(
        forConn(conn, { inResponseTo: request.id, nameId: email, notOnOrAfter: new Date(Date.now() - 5 * 60_000) }),
      ),
      request.relayState,
    );
    await expectRefused(res, conn, /expired|No valid subject confirmation/, [email]);
  });

  it('a replayed assertion id, even answering a new sign-in', async () => {
    const conn = await samlConnection();
    const email = newEmail();
    const assertionId = `_${uniq()}`;
    const first = await start(conn);
    const ok = await post(
      conn.id,
      idp.response(forConn(conn, { inResponseTo: first.id, nameId: email, assertionId })),
      first.relayState,
    );
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/account');
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);

    const second = await start(conn);
    const replay = await post(
      conn.id,
      idp.response(forConn(conn, { inResponseTo: second.id, nameId: email, assertionId })),
      second.relayState,
    );
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/signin');
    expect(decodeURIComponent(replay.headers.get('set-cookie') ?? '')).toMatch(/already used/);
    expect((await db.ssoConnection.findUniqueOrThrow({ where: { id: conn.id } })).lastError).toMatch(/already used/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it('the same IdP-initiated response posted twice', async () => {
    const conn = await samlConnection({ allowIdpInitiated: true });
    const email = newEmail();
    const response = idp.response(forConn(conn, { nameId: email }));
    expect((await post(conn.id, response)).headers.get('location')).toBe('/');
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const replay = await post(conn.id, response);
    expect(replay.headers.get('location')).toBe('/signin');
    expect(decodeURIComponent(replay.headers.get('set-cookie') ?? '')).toMatch(/already used/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("a response to connection A's sign-in posted to connection B's ACS (A's RelayState)", async () => {
    const a = await samlConnection();
    const b = await samlConnection();
    const request = await start(a);
    const email = newEmail();
    const res = await post(
      b.id,
      idp.response(forConn(a, { inResponseTo: request.id, nameId: email })),
      request.relayState,
    );
    await expectRefused(res, b, /unknown, already used or expired/, [email]);
    // A's sign-in is still A's to finish.
    expect(await db.ssoLogin.count({ where: { connectionId: a.id, usedAt: null } })).toBe(1);
  });

  it("a response answering connection A's request, sent with B's RelayState to B", async () => {
    const a = await samlConnection();
    const b = await samlConnection();
    const requestA = await start(a);
    const requestB = await start(b);
    const email = newEmail();
    const res = await post(
      b.id,
      idp.response(forConn(b, { inResponseTo: requestA.id, nameId: email })),
      requestB.relayState,
    );
    await expectRefused(res, b, /InResponseTo is not valid/, [email]);
  });

  it('an IdP-initiated response when the connection does not allow it', async () => {
    const conn = await samlConnection({ allowIdpInitiated: false });
    const email = newEmail();
    const res = await post(conn.id, idp.response(forConn(conn, { nameId: email })));
    await expectRefused(res, conn, /started this sign-in itself/, [email]);
  });

  it('an answer to a request that was never ours, posted without RelayState, even when IdP-initiated is allowed', async () => {
    const conn = await samlConnection({ allowIdpInitiated: true });
    const email = newEmail();
    const res = await post(conn.id, idp.response(forConn(conn, { nameId: email, inResponseTo: `_${uniq()}` })));
    await expectRefused(res, conn, /InResponseTo is not valid/, [email]);
  });
});

describe('IdP-initiated SAML sign-in', () => {
  it('is accepted when the connection allows it, and lands on /', async () => {
    const conn = await samlConnection({ allowIdpInitiated: true });
    const email = newEmail();
    const res = await post(conn.id, idp.response(forConn(conn, { nameId: email })), 'https://idp.example.test/app');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const session = await sessionOf(res);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(session.userId).toBe(user.id);
  });
});

describe('SP metadata route', () => {
  const get = (connectionId: string) =>
    metadataRoute(new Request(samlUrls(connectionId).metadataUrl), { params: Promise.resolve({ connectionId }) });

  it('serves the entity id and ACS of a SAML connection', async () => {
    const conn = await samlConnection();
    const res = await get(conn.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/samlmetadata\+xml/);
    const xml = await res.text();
    expect(xml).toContain(`entityID="${conn.urls.spEntityId}"`);
    expect(xml).toContain(`Location="${conn.urls.acsUrl}"`);
    expect(xml).toContain('WantAssertionsSigned="true"');
  });

  it('is 404 for an unknown, a disabled or an OIDC connection', async () => {
    const disabled = await samlConnection({ enabled: false });
    const org = await makeOrg();
    const oidc = await db.ssoConnection.create({
      data: {
        id: newId(),
        organizationId: org.org.id,
        type: 'oidc',
        name: 'OIDC',
        issuer: 'https://op.example.test',
        clientId: 'c',
      },
    });
    for (const id of [newId(), disabled.id, oidc.id]) expect((await get(id)).status).toBe(404);
  });
});

describe('parseIdpMetadata', () => {
  const refusal = (xml: string) => {
    try {
      parseIdpMetadata(xml);
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('validation_failed');
      return (error as AppError).fields?.idpMetadataXml?.[0] ?? '';
    }
    throw new Error('accepted');
  };

  it('reads the entity id, the SSO location and the signing certificate', () => {
    expect(parseIdpMetadata(idp.metadata)).toEqual({
      entityId: idp.entityId,
      ssoUrl: idp.ssoUrl,
      certificates: [idp.certificate],
    });
  });

  it('refuses what is not XML, has no IDPSSODescriptor, no SSO service or no signing certificate', () => {
    expect(refusal('https://idp.example.test/metadata')).toMatch(/not XML/);
    expect(refusal('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"')).toMatch(/not XML/);
    expect(
      refusal(
        idp.metadata
          .replace(/IDPSSODescriptor/g, 'SPSSODescriptor')
          .replace(/SingleSignOnService/g, 'AssertionConsumerService'),
      ),
    ).toMatch(/no IDPSSODescriptor/);
    expect(refusal(idp.metadata.replace(/<md:SingleSignOnService[^>]*\/>/g, ''))).toMatch(
      /no HTTP-Redirect or HTTP-POST SingleSignOnService/,
    );
    expect(refusal(idp.metadata.replace(/<md:KeyDescriptor[\s\S]*<\/md:KeyDescriptor>/, ''))).toMatch(
      /no signing certificate/,
    );
  });
});
