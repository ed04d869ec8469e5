import { randomToken, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { ssoSecrets } from '@/lib/server/sealed';
import { safeCallbackUrl } from '@/lib/ui/callback-url';
import { ssoRefused } from './sso-error';

/** How long a started sign-in waits for the IdP's answer. */
export const LOGIN_TTL_MS = 10 * 60 * 1000;

export interface LoginData {
  nonce?: string;
  codeVerifier?: string;
  requestId?: string;
  callbackUrl?: string;
}

/**
 * Records a sign-in sent to the identity provider and returns the random state to send with it
 * (OIDC `state`, SAML `RelayState`). Only its hash is stored; the PKCE verifier is sealed.
 */
export async function beginLogin(connectionId: string, data: LoginData): Promise<string> {
  const state = randomToken('', 24);
  const id = sha256(state);
  await db.ssoLogin.create({
    data: {
      id,
      connectionId,
      nonce: data.nonce ?? null,
      codeVerifierSealed: data.codeVerifier ? ssoSecrets.seal(data.codeVerifier, id) : null,
      requestId: data.requestId ?? null,
      callbackUrl: safeCallbackUrl(data.callbackUrl),
      expiresAt: new Date(Date.now() + LOGIN_TTL_MS),
    },
  });
  return state;
}

/**
 * Takes the sign-in `state` names, once: unknown, used, expired or another connection's state is
 * refused. The row is marked used in the same statement that reads it, so two callbacks racing
 * with one state (on two instances) cannot both pass.
 */
export async function takeLogin(state: string | null | undefined, connectionId: string) {
  if (!state) throw ssoRefused('The sign-in has no state: start again from the sign-in page');
  const id = sha256(state);
  const { count } = await db.ssoLogin.updateMany({
    where: { id, connectionId, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count === 0) throw ssoRefused('This sign-in is unknown, already used or expired: start again');
  const row = await db.ssoLogin.findUniqueOrThrow({ where: { id } });
  return {
    nonce: row.nonce ?? undefined,
    codeVerifier: row.codeVerifierSealed ? ssoSecrets.unseal(row.codeVerifierSealed, id) : undefined,
    requestId: row.requestId ?? undefined,
    callbackUrl: row.callbackUrl,
  };
}
