import type { SignInConnection } from './connection-for-sign-in';
import { oidcStart } from './oidc/start';
import { samlStart } from './saml/saml';

/** The identity provider's URL that begins a sign-in through `connection`. */
export function startSignIn(connection: SignInConnection, callbackUrl: string): Promise<string> {
  return connection.type === 'saml' ? samlStart(connection, callbackUrl) : oidcStart(connection, callbackUrl);
}
