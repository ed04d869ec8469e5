import { DOMParser } from '@xmldom/xmldom';
import { invalid } from '@/lib/server/errors';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

export interface IdpMetadata {
  entityId: string;
  ssoUrl: string;
  /** Signing certificates, base64 DER without PEM armour or whitespace. */
  certificates: string[];
}

const refuse = (message: string) => invalid({ idpMetadataXml: [message] }, message);

const children = (parent: Element, ns: string, name: string): Element[] =>
  Array.from(parent.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<Element>);

function parseXml(xml: string): Document {
  let failed: string | undefined;
  const doc = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (message: string) => {
        failed ??= message;
      },
      fatalError: (message: string) => {
        failed ??= message;
      },
    },
  }).parseFromString(xml, 'text/xml');
  if (failed || !doc?.documentElement) throw refuse('The IdP metadata is not XML: paste the whole metadata document');
  return doc;
}

/**
 * What a SAML connection needs from its identity provider's metadata: the entity id (the Issuer its
 * assertions carry), where to send AuthnRequests (HTTP-Redirect, else HTTP-POST), and the
 * certificates whose keys sign its assertions.
 */
export function parseIdpMetadata(xml: string): IdpMetadata {
  if (!xml?.trim().startsWith('<')) throw refuse('The IdP metadata is not XML: paste the whole metadata document');
  const doc = parseXml(xml.trim());
  const root = doc.documentElement;
  const descriptor = children(root, MD, 'IDPSSODescriptor').find((el) =>
    (el.getAttribute('protocolSupportEnumeration') ?? '').includes(PROTOCOL),
  );
  if (!descriptor) throw refuse('The metadata has no IDPSSODescriptor for SAML 2.0: is it the IdP’s metadata?');
  let entity: Element | null = descriptor.parentNode as Element | null;
  while (entity && !(entity.namespaceURI === MD && entity.localName === 'EntityDescriptor'))
    entity = entity.parentNode as Element | null;
  const entityId = entity?.getAttribute('entityID')?.trim();
  if (!entityId) throw refuse('The metadata’s EntityDescriptor has no entityID');

  const services = children(descriptor, MD, 'SingleSignOnService');
  const service = [REDIRECT, POST]
    .map((binding) => services.find((el) => el.getAttribute('Binding') === binding))
    .find((el) => el?.getAttribute('Location'));
  const ssoUrl = service?.getAttribute('Location')?.trim();
  if (!ssoUrl) throw refuse('The metadata has no HTTP-Redirect or HTTP-POST SingleSignOnService');
  try {
    const url = new URL(ssoUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
  } catch {
    throw refuse(`The SingleSignOnService location ${ssoUrl} is not a web address`);
  }

  const certificates = [
    ...new Set(
      children(descriptor, MD, 'KeyDescriptor')
        .filter((el) => {
          const use = el.getAttribute('use');
          return !use || use === 'signing';
        })
        .flatMap((el) => children(el, DS, 'X509Certificate'))
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ''))
        .filter(Boolean),
    ),
  ];
  if (certificates.length === 0)
    throw refuse('The metadata has no signing certificate (KeyDescriptor with X509Certificate)');
  return { entityId, ssoUrl, certificates };
}
