import {
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { Passkey } from '@/lib/schemas/mfa';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { newId } from '@/lib/server/auth/secrets';
import { assertRecentConfirmation } from '@/lib/server/auth/step-up';
import { issueUserToken, useUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { conflict, invalid, notFound } from '@/lib/server/errors';
import { refreshMfaEnabled, userFactors } from './factors';
import { replaceRecoveryCodes } from './recovery-codes';
import { relyingParty } from './webauthn';

const REGISTRATION_TTL_SECONDS = 5 * 60;

const toPasskey = (p: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null }): Passkey => ({
  id: p.id,
  name: p.name,
  createdAt: p.createdAt.toISOString(),
  lastUsedAt: p.lastUsedAt?.toISOString() ?? null,
});

/** POST /me/mfa/passkeys/options: WebAuthn creation options (after a recent confirmation). */
export async function passkeyRegistrationOptions(principal: UserPrincipal) {
  assertRecentConfirmation(principal);
  const existing = await db.mfaPasskey.findMany({
    where: { userId: principal.userId },
    select: { credentialId: true, transports: true },
  });
  const rp = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: principal.email,
    userDisplayName: principal.name || principal.email,
    userID: new TextEncoder().encode(principal.userId),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
  });
  // The challenge waits in a user token; a newer request replaces it.
  await issueUserToken(db, principal.userId, 'passkey_registration', REGISTRATION_TTL_SECONDS, {
    data: { challenge: options.challenge },
  });
  return { options: { ...options } };
}

/** POST /me/mfa/passkeys: checks the browser's answer and keeps the credential; a first factor brings recovery codes. */
export async function registerPasskey(principal: UserPrincipal, input: { name: string; response: unknown }) {
  const { userId } = principal;
  const pending = await db.userToken.findFirst({
    where: { userId, kind: 'passkey_registration', usedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: 'desc' },
  });
  const challenge = (pending?.data as { challenge?: string } | null)?.challenge;
  if (!pending || !challenge)
    throw conflict('Start the passkey registration again (POST /api/v1/me/mfa/passkeys/options)');
  const rp = relyingParty();
  const result = await verifyRegistrationResponse({
    response: input.response as RegistrationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch((error: Error) => ({ verified: false as const, error }));
  if (!result.verified) {
    const message = 'The passkey could not be verified. Try again';
    throw invalid({ response: [message] }, message);
  }
  const { credential, credentialDeviceType, credentialBackedUp } = result.registrationInfo;
  return db.$transaction(async (tx) => {
    if (!(await useUserToken(tx, pending.id))) throw conflict('This registration was already used; start again');
    const before = await userFactors(tx, userId);
    const row = await tx.mfaPasskey.create({
      data: {
        id: newId(),
        userId,
        name: input.name,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        deviceType: credentialDeviceType,
        backedUp: credentialBackedUp,
      },
    });
    await refreshMfaEnabled(tx, userId);
    const first = !before.totp && before.passkeys === 0;
    const recoveryCodes = first || before.recoveryCodesLeft === 0 ? await replaceRecoveryCodes(tx, userId) : null;
    await audit(
      tx,
      { principal, orgId: null },
      { action: 'mfa.passkey_add', targetType: 'passkey', targetId: row.id, after: { name: row.name } },
    );
    return { passkey: toPasskey(row), recoveryCodes };
  });
}

/** PATCH /me/mfa/passkeys/{id}: a new name. */
export async function renamePasskey(principal: UserPrincipal, id: string, name: string): Promise<Passkey> {
  return db.$transaction(async (tx) => {
    const row = await tx.mfaPasskey.findFirst({ where: { id, userId: principal.userId } });
    if (!row) throw notFound('Passkey');
    const updated = await tx.mfaPasskey.update({ where: { id }, data: { name } });
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'mfa.passkey_rename',
        targetType: 'passkey',
        targetId: id,
        before: { name: row.name },
        after: { name },
      },
    );
    return toPasskey(updated);
  });
}

/** DELETE /me/mfa/passkeys/{id}: after a recent confirmation. */
export async function deletePasskey(principal: UserPrincipal, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.mfaPasskey.findFirst({ where: { id, userId: principal.userId } });
    if (!row) throw notFound('Passkey');
    assertRecentConfirmation(principal);
    await tx.mfaPasskey.delete({ where: { id } });
    const stillEnabled = await refreshMfaEnabled(tx, principal.userId);
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'mfa.passkey_remove',
        targetType: 'passkey',
        targetId: id,
        before: { name: row.name },
        after: { stillEnabled },
      },
    );
  });
}
