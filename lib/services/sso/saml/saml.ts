import { randomBytes } from 'node:crypto';
import {
  type CacheProvider,
  generateServiceProviderMetadata,
  type Profile,
  SAML,
  ValidateInResponseTo,
} from '@node-saml/node-saml';
import { DOMParser } from '@xmldom/xmldom';
import { db } from '@/lib/server/db';
import { isUniqueViolation } from '@/lib/server/errors';
import type { SignInConnection } from '../connection-for-sign-in';
import { beginLogin, LOGIN_TTL_MS, takeLogin } from '../login-state';
import { type SsoProfile, splitName } from '../profile';
import { refusedAnswer, ssoRefused } from '../sso-error';
import { samlUrls } from '../urls';

const SAML_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
const PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
const TRANSIENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient';
/** How far apart our clock and the IdP's may be. */
export const SAML_CLOCK_SKEW_MS = 60_000;
const REPLAY_FALLBACK_MS = 60 * 60 * 1000;
// A signed SAMLResponse is a few kilobytes; an IdP with many group attributes sends tens.
const MAX_POST_BYTES = 512 * 1024;

type SamlConnection = Pick<SignInConnection, 'id' | 'type' | 'idpEntityId' | 'idpSsoUrl' | 'idpCertificates'>;

// No state in process memory: the request id lives in the started sign-in's row (sso_logins), and
// verifying knows only the one id that the row taken by RelayState names.
const cacheFor = (requestId?: string): CacheProvider => ({
  saveAsync: async () => null,
  getAsync: async (key) => (requestId && key === requestId ? new Date().toISOString() : null),
  removeAsync: async () => null,
});

function samlFor(connection: SamlConnection, inResponseTo: ValidateInResponseTo, requestId?: string) {
  if (connection.type !== 'saml') throw ssoRefused('This connection does not use SAML');
  if (!connection.idpEntityId || !connection.idpSsoUrl || connection.idpCertificates.length === 0) {
    throw ssoRefused('This SAML connection is not set up yet: its identity provider metadata is missing');
  }
  const urls = samlUrls(connection.id);
  return new SAML({
    idpCert: connection.idpCertificates,
    issuer: urls.spEntityId,
    audience: urls.spEntityId,
    callbackUrl: urls.acsUrl,
    entryPoint: connection.idpSsoUrl,
    // The assertion is what we act on, so it must carry the IdP's signature (whatever else is signed);
    // a signature over the Response alone is not enough, and not required (docs/decisions/020).
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: SAML_CLOCK_SKEW_MS,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    signatureAlgorithm: 'sha256',
    validateInResponseTo: inResponseTo,
    requestIdExpirationPeriodMs: LOGIN_TTL_MS,
    cacheProvider: cacheFor(requestId),
    generateUniqueId: () => requestId ?? `_${randomBytes(20).toString('hex')}`,
  });
}

/**
 * The IdP address a sign-in starts at: an AuthnRequest (HTTP-Redirect binding) whose id is kept with
 * the started sign-in, and whose RelayState is that sign-in's state.
 */
export async function samlStart(connection: SamlConnection, callbackUrl?: string): Promise<string> {
  const requestId = `_${randomBytes(20).toString('hex')}`;
  const saml = samlFor(connection, ValidateInResponseTo.never, requestId);
  const state = await beginLogin(connection.id, { requestId, callbackUrl });
  return saml.getAuthorizeUrlAsync(state, undefined, {});
}

const parse = (xml: string) => new DOMParser({ errorHandler: { warning: () => {} } }).parseFromString(xml, 'text/xml');
const all = (node: Document | Element, ns: string, name: string): Element[] =>
  Array.from(node.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<Element>);
const time = (value: string | null | undefined) => {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
};

/** Checks node-saml leaves to us, on the assertion it verified the signature of. */
function checkAssertion(connection: SamlConnection, assertionXml: string, responseXml: string) {
  const { acsUrl } = samlUrls(connection.id);
  const assertion = parse(assertionXml).documentElement;
  const id = assertion?.getAttribute('ID');
  if (!assertion || !id) throw ssoRefused('The SAML assertion has no ID');
  const issuer = all(assertion, SAML_NS, 'Issuer')[0]?.textContent?.trim();
  if (issuer !== connection.idpEntityId) {
    throw ssoRefused(`The SAML assertion was issued by ${issuer ?? 'nobody'}, not ${connection.idpEntityId}`);
  }
  const now = Date.now();
  const bearer = all(assertion, SAML_NS, 'SubjectConfirmation')
    .filter((el) => el.getAttribute('Method') === 'urn:oasis:names:tc:SAML:2.0:cm:bearer')
    .flatMap((el) => all(el, SAML_NS, 'SubjectConfirmationData'));
  if (bearer.length === 0) throw ssoRefused('The SAML assertion has no bearer subject confirmation');
  const confirmation = bearer.find((el) => el.getAttribute('Recipient') === acsUrl);
  if (!confirmation) throw ssoRefused(`The SAML assertion is not for this connection's ACS (${acsUrl})`);
  const confirmedUntil = time(confirmation.getAttribute('NotOnOrAfter'));
  if (confirmedUntil === undefined || now - SAML_CLOCK_SKEW_MS >= confirmedUntil) {
    throw ssoRefused('The SAML assertion expired (its subject confirmation NotOnOrAfter has passed)');
  }
  const response = parse(responseXml).documentElement;
  const destination = response?.namespaceURI === PROTOCOL_NS ? response.getAttribute('Destination') : null;
  if (destination && destination !== acsUrl) throw ssoRefused(`The SAML response is addressed to ${destination}`);

  const conditionsUntil = time(all(assertion, SAML_NS, 'Conditions')[0]?.getAttribute('NotOnOrAfter'));
  const until = Math.max(confirmedUntil, conditionsUntil ?? 0);
  const classRefs = all(assertion, SAML_NS, 'AuthnContextClassRef').map((el) => el.textContent?.trim() ?? '');
  return {
    id,
    expiresAt: new Date(Number.isFinite(until) && until > now ? until + SAML_CLOCK_SKEW_MS : now + REPLAY_FALLBACK_MS),
    mfa: classRefs.some((ref) => /multifactor|mfa|timesynctoken|mobiletwofactor/i.test(ref)),
  };
}

/** Each assertion is accepted once: its id is kept until it would have expired anyway. */
async function rememberAssertion(connectionId: string, assertionId: string, expiresAt: Date) {
  await db.samlAssertion.deleteMany({ where: { connectionId, expiresAt: { lt: new Date() } } });
  try {
    await db.samlAssertion.create({ data: { connectionId, assertionId, expiresAt } });
  } catch (error) {
    if (isUniqueViolation(error)) throw ssoRefused('This SAML assertion was already used: start again');
    throw error;
  }
}

const EMAIL = ['email', 'mail', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'emailAddress'];
const GIVEN = [
  'givenName',
  'firstName',
  'first_name',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
];
const FAMILY = [
  'sn',
  'surname',
  'lastName',
  'last_name',
  'familyName',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
];
const FULL = ['displayName', 'name', 'cn', 'http://schemas.microsoft.com/identity/claims/displayname'];
const looksLikeEmail = (value: string) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value);

function attribute(profile: Profile, names: string[]): string | undefined {
  const attributes = (profile.attributes ?? {}) as Record<string, unknown>;
  for (const name of names) {
    const raw = attributes[name];
    const value = Array.isArray(raw) ? raw.find((v) => typeof v === 'string') : raw;
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

function toSsoProfile(profile: Profile, mfa: boolean): SsoProfile {
  const subject = profile.nameID?.trim();
  if (!subject) throw ssoRefused('The SAML assertion names nobody (no NameID)');
  if (profile.nameIDFormat === TRANSIENT) {
    throw ssoRefused('The identity provider sent a transient NameID: configure a persistent or e-mail NameID');
  }
  const email = looksLikeEmail(subject) ? subject : (attribute(profile, EMAIL) ?? '');
  const given = attribute(profile, GIVEN);
  const family = attribute(profile, FAMILY);
  const names =
    given || family ? { firstName: given ?? '', lastName: family ?? '' } : splitName(attribute(profile, FULL), email);
  return { subject, email, ...names, mfa };
}

/**
 * Checks the IdP's form POST to our ACS: the response must answer the sign-in its RelayState names
 * (or, when the connection allows it, be unsolicited), carry a valid signature of the IdP over the
 * assertion, be for us (audience, recipient, destination), in time, and never seen before.
 */
export async function samlVerify(
  connection: SignInConnection,
  req: Request,
): Promise<{ profile: SsoProfile; callbackUrl: string }> {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_POST_BYTES) {
    throw ssoRefused('The SAML response is too large');
  }
  const form = await req.formData().catch(() => null);
  const samlResponse = form?.get('SAMLResponse');
  if (typeof samlResponse !== 'string' || !samlResponse)
    throw ssoRefused('The identity provider sent no SAML response');
  const relayState = form?.get('RelayState');
  let login: Awaited<ReturnType<typeof takeLogin>> | undefined;
  if (typeof relayState === 'string' && relayState) {
    try {
      login = await takeLogin(relayState, connection.id);
    } catch (error) {
      // With IdP-initiated sign-in allowed, a RelayState that is not ours may be the IdP's own.
      if (!connection.allowIdpInitiated) throw error;
    }
  }
  if (!login && !connection.allowIdpInitiated) {
    throw ssoRefused(
      'The identity provider started this sign-in itself, which this connection does not allow: start from the sign-in page',
    );
  }
  if (login && !login.requestId) throw ssoRefused('This sign-in was not started for SAML: start again');
  // A started sign-in: the response must answer its request. Unsolicited: it must answer none.
  const saml = samlFor(
    connection,
    login ? ValidateInResponseTo.always : ValidateInResponseTo.ifPresent,
    login?.requestId,
  );
  let profile: Profile | null;
  try {
    ({ profile } = await saml.validatePostResponseAsync({ SAMLResponse: samlResponse }));
  } catch (error) {
    throw refusedAnswer(error);
  }
  if (!profile?.getAssertionXml) throw ssoRefused('The identity provider sent no assertion');
  const checked = checkAssertion(connection, profile.getAssertionXml(), profile.getSamlResponseXml?.() ?? '');
  await rememberAssertion(connection.id, checked.id, checked.expiresAt);
  return { profile: toSsoProfile(profile, checked.mfa), callbackUrl: login?.callbackUrl ?? '/' };
}

/** Our SP metadata for the IdP's admin: entity id, ACS (HTTP-POST), signed assertions wanted. */
export function spMetadata(connection: Pick<SignInConnection, 'id'>): string {
  const urls = samlUrls(connection.id);
  return generateServiceProviderMetadata({
    issuer: urls.spEntityId,
    callbackUrl: urls.acsUrl,
    identifierFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    wantAssertionsSigned: true,
  });
}
