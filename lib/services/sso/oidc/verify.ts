import * as client from 'openid-client';
import type { SignInConnection } from '../connection-for-sign-in';
import { takeLogin } from '../login-state';
import { amrMeansMfa, type SsoProfile, splitName } from '../profile';
import { refusedAnswer, ssoRefused } from '../sso-error';
import { oidcRedirectUri } from '../urls';
import { oidcConfiguration } from './discovery';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The claims of a checked ID token as the person who signed in. */
export function profileOf(claims: client.IDToken): SsoProfile {
  const email = text(claims.email);
  if (!email) throw ssoRefused('The identity provider sent no e-mail address (ask for the email scope)');
  if (claims.email_verified === false) throw ssoRefused('The identity provider has not verified this e-mail address');
  const given = text(claims.given_name);
  const family = text(claims.family_name);
  const names =
    given || family ? { firstName: given ?? '', lastName: family ?? '' } : splitName(text(claims.name), email);
  return { subject: claims.sub, email, ...names, mfa: amrMeansMfa(claims.amr) };
}

/**
 * The callback: the sign-in its state names is taken (once), then openid-client exchanges the code
 * and checks state, the `iss` of the answer, PKCE, and the ID token's signature, issuer, audience,
 * expiry and nonce. Any failure is a refusal with the library's reason.
 */
export async function oidcVerify(connection: SignInConnection, req: Request) {
  if (connection.type !== 'oidc') throw ssoRefused('This connection does not use OpenID Connect');
  const received = new URL(req.url);
  const providerError = received.searchParams.get('error');
  if (providerError) {
    const described = received.searchParams.get('error_description');
    throw ssoRefused(
      `The identity provider refused the sign-in: ${described ? `${providerError} (${described.slice(0, 200)})` : providerError}`,
    );
  }
  const state = received.searchParams.get('state');
  const login = await takeLogin(state, connection.id);
  // Our redirect URI as registered, with what the provider appended: APP_URL's origin, not the Host the request says.
  const current = new URL(oidcRedirectUri(connection.id));
  current.search = received.search;
  try {
    const config = await oidcConfiguration(connection);
    const tokens = await client.authorizationCodeGrant(config, current, {
      expectedState: state ?? '',
      expectedNonce: login.nonce,
      pkceCodeVerifier: login.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw ssoRefused('The identity provider sent no ID token');
    // Many providers put e-mail and names only in the UserInfo answer; its `sub` must be the token's.
    const info = claims.email ? {} : await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    return { profile: profileOf({ ...info, ...claims }), callbackUrl: login.callbackUrl };
  } catch (error) {
    throw refusedAnswer(error);
  }
}
