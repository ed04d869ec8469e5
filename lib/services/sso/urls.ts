import { appOrigin } from '@/lib/server/auth/session-cookie';

/** Where the OIDC provider sends people back: the redirect URI to register there. */
export const oidcRedirectUri = (connectionId: string) => `${appOrigin()}/api/sso/oidc/${connectionId}/callback`;

/** The service provider's side of a SAML connection: entity id (= metadata URL) and ACS URL. */
export function samlUrls(connectionId: string) {
  const base = `${appOrigin()}/api/sso/saml/${connectionId}`;
  return { spEntityId: `${base}/metadata`, acsUrl: `${base}/acs`, metadataUrl: `${base}/metadata` };
}
