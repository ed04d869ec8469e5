import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';

/**
 * A SAML identity provider for tests: its own RSA key and self-signed certificate (made with the
 * openssl CLI), its metadata, and real SAMLResponses signed with xml-crypto (exclusive c14n,
 * rsa-sha256), plus the forgeries the ACS must refuse.
 */

const PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
const ASSERTION = 'urn:oasis:names:tc:SAML:2.0:assertion';
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

function keyPair(): { privateKey: string; certPem: string; certBase64: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'saml-idp-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=test-idp',
      ],
      { stdio: 'ignore' },
    );
    const certPem = readFileSync(cert, 'utf8');
    const certBase64 = certPem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    return { privateKey: readFileSync(key, 'utf8'), certPem, certBase64 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const esc = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const iso = (ms: number) => new Date(ms).toISOString();
const xmlId = () => `_${randomBytes(16).toString('hex')}`;

export type SignWhat = 'assertion' | 'response' | 'both' | 'none';

export interface ResponseOptions {
  /** Our ACS and SP entity id the response is meant for. */
  acsUrl: string;
  audience: string;
  recipient?: string;
  destination?: string;
  inResponseTo?: string;
  notOnOrAfter?: Date;
  assertionId?: string;
  nameId: string;
  nameIdFormat?: string;
  attributes?: Record<string, string | string[]>;
  authnContextClassRef?: string;
  issuer?: string;
  sign: SignWhat;
}

export function createSamlIdp(entityId = `https://idp-${randomBytes(4).toString('hex')}.example.test/saml`) {
  const keys = keyPair();
  const ssoUrl = `${entityId}/sso`;

  const metadata = `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${esc(entityId)}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="${PROTOCOL}">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>${keys.certBase64}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${esc(ssoUrl)}"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${esc(ssoUrl)}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

  function sign(xml: string, target: 'Assertion' | 'Response'): string {
    const sig = new SignedXml({
      privateKey: keys.privateKey,
      publicCert: keys.certPem,
      signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      canonicalizationAlgorithm: EXC_C14N,
    });
    const element =
      target === 'Assertion'
        ? "/*[local-name(.)='Response']/*[local-name(.)='Assertion']"
        : "/*[local-name(.)='Response']";
    sig.addReference({
      xpath: element,
      transforms: [ENVELOPED, EXC_C14N],
      digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    });
    sig.computeSignature(xml, { location: { reference: `${element}/*[local-name(.)='Issuer']`, action: 'after' } });
    return sig.getSignedXml();
  }

  /** A SAMLResponse (base64, as the HTTP-POST binding carries it). */
  function responseXml(opts: ResponseOptions): string {
    const now = Date.now();
    const until = opts.notOnOrAfter?.getTime() ?? now + 5 * 60 * 1000;
    const issuer = esc(opts.issuer ?? entityId);
    const irt = opts.inResponseTo ? ` InResponseTo="${esc(opts.inResponseTo)}"` : '';
    const attributes = Object.entries(opts.attributes ?? {})
      .map(
        ([name, value]) =>
          `<saml:Attribute Name="${esc(name)}">${(Array.isArray(value) ? value : [value])
            .map((v) => `<saml:AttributeValue>${esc(v)}</saml:AttributeValue>`)
            .join('')}</saml:Attribute>`,
      )
      .join('');
    const xml =
      `<samlp:Response xmlns:samlp="${PROTOCOL}" xmlns:saml="${ASSERTION}" ID="${xmlId()}" Version="2.0" ` +
      `IssueInstant="${iso(now)}" Destination="${esc(opts.destination ?? opts.acsUrl)}"${irt}>` +
      `<saml:Issuer>${issuer}</saml:Issuer>` +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      `<saml:Assertion xmlns:saml="${ASSERTION}" ID="${esc(opts.assertionId ?? xmlId())}" Version="2.0" IssueInstant="${iso(now)}">` +
      `<saml:Issuer>${issuer}</saml:Issuer>` +
      `<saml:Subject><saml:NameID Format="${esc(opts.nameIdFormat ?? 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress')}">${esc(opts.nameId)}</saml:NameID>` +
      `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
      `<saml:SubjectConfirmationData${irt} NotOnOrAfter="${iso(until)}" Recipient="${esc(opts.recipient ?? opts.acsUrl)}"/>` +
      `</saml:SubjectConfirmation></saml:Subject>` +
      `<saml:Conditions NotBefore="${iso(now - 60_000)}" NotOnOrAfter="${iso(until)}">` +
      `<saml:AudienceRestriction><saml:Audience>${esc(opts.audience)}</saml:Audience></saml:AudienceRestriction>` +
      `</saml:Conditions>` +
      `<saml:AuthnStatement AuthnInstant="${iso(now)}" SessionIndex="${xmlId()}"><saml:AuthnContext>` +
      `<saml:AuthnContextClassRef>${esc(opts.authnContextClassRef ?? 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport')}</saml:AuthnContextClassRef>` +
      `</saml:AuthnContext></saml:AuthnStatement>` +
      (attributes ? `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` : '') +
      `</saml:Assertion></samlp:Response>`;
    let signed = xml;
    if (opts.sign === 'assertion' || opts.sign === 'both') signed = sign(signed, 'Assertion');
    if (opts.sign === 'response' || opts.sign === 'both') signed = sign(signed, 'Response');
    return signed;
  }

  const response = (opts: ResponseOptions) => Buffer.from(responseXml(opts)).toString('base64');

  /**
   * XML signature wrapping: the IdP's validly signed assertion is moved into the Response's
   * Extensions, and in its place stands an evil copy (another NameID) that keeps the original's
   * Signature, which still references, and verifies over, the original.
   */
  function wrappedResponse(opts: ResponseOptions & { evilNameId: string }): string {
    const doc = new DOMParser().parseFromString(responseXml({ ...opts, sign: 'assertion' }), 'text/xml');
    const response = doc.documentElement!;
    const original = response.getElementsByTagNameNS(ASSERTION, 'Assertion')[0]!;
    const evil = original.cloneNode(true) as Element;
    evil.setAttribute('ID', xmlId());
    const nameId = evil.getElementsByTagNameNS(ASSERTION, 'NameID')[0]!;
    nameId.textContent = opts.evilNameId;
    const extensions = doc.createElementNS(PROTOCOL, 'samlp:Extensions');
    response.replaceChild(evil, original);
    extensions.appendChild(original);
    const status = response.getElementsByTagNameNS(PROTOCOL, 'Status')[0]!;
    response.insertBefore(extensions, status);
    return Buffer.from(new XMLSerializer().serializeToString(doc)).toString('base64');
  }

  return { entityId, ssoUrl, metadata, certificate: keys.certBase64, response, wrappedResponse };
}

export type SamlIdp = ReturnType<typeof createSamlIdp>;

/** What the SP's redirect to the IdP carries: the AuthnRequest's id, ACS, and the RelayState. */
export function readAuthnRequest(location: string): { id: string; acsUrl: string; relayState: string; xml: string } {
  const url = new URL(location);
  const xml = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString('utf8');
  const request = new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
  return {
    id: request.getAttribute('ID') ?? '',
    acsUrl: request.getAttribute('AssertionConsumerServiceURL') ?? '',
    relayState: url.searchParams.get('RelayState') ?? '',
    xml,
  };
}
