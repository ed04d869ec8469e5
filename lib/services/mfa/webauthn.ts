import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
} from '@simplewebauthn/server';
import { config } from '@/lib/server/config';
import { db } from '@/lib/server/db';

/** The relying party of passkeys: its id is APP_URL's host name, the only origin accepted is APP_URL's. */
export function relyingParty() {
  const url = new URL(config.appUrl ?? 'http://localhost:3000');
  return { id: url.hostname, origin: url.origin, name: config.appName };
}

/** Options for a sign-in's passkey step: any of the user's passkeys, with a new challenge. */
export async function authenticationOptions(userId: string) {
  const passkeys = await db.mfaPasskey.findMany({
    where: { userId },
    select: { credentialId: true, transports: true },
  });
  return generateAuthenticationOptions({
    rpID: relyingParty().id,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
    userVerification: 'preferred',
  });
}

/**
 * Checks a passkey's answer to `challenge` for one of the user's passkeys (origin, RP id,
 * signature, counter) and records its use. False for anything that does not verify.
 */
export async function spendPasskey(userId: string, response: AuthenticationResponseJSON, challenge: string) {
  const passkey = await db.mfaPasskey.findFirst({ where: { userId, credentialId: response.id } });
  if (!passkey) return false;
  const rp = relyingParty();
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: Number(passkey.counter),
      transports: passkey.transports,
    },
    requireUserVerification: false,
  }).catch(() => null);
  if (!result?.verified) return false;
  // The counter only moves forward: a cloned authenticator replaying an old counter fails above.
  const { count } = await db.mfaPasskey.updateMany({
    where: { id: passkey.id, counter: passkey.counter },
    data: { counter: BigInt(result.authenticationInfo.newCounter), lastUsedAt: new Date() },
  });
  return count === 1;
}
