import * as client from 'openid-client';
import type { SignInConnection } from '../connection-for-sign-in';
import { beginLogin } from '../login-state';
import { refusedAnswer } from '../sso-error';
import { oidcRedirectUri } from '../urls';
import { oidcConfiguration } from './discovery';

/** The provider's authorization URL: the code flow with PKCE (S256), a state and a nonce. */
export async function oidcStart(connection: SignInConnection, callbackUrl: string): Promise<string> {
  const config = await oidcConfiguration(connection).catch((error) => Promise.reject(refusedAnswer(error)));
  const codeVerifier = client.randomPKCECodeVerifier();
  const nonce = client.randomNonce();
  const state = await beginLogin(connection.id, { nonce, codeVerifier, callbackUrl });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: oidcRedirectUri(connection.id),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return url.href;
}
