import { generateSecret } from 'otplib';
import { newId } from '@/lib/server/auth/secrets';
import { encryptSecret } from '@/lib/server/auth/totp-secret';
import { issueUserToken } from '@/lib/server/auth/user-tokens';
import { db } from '@/lib/server/db';
import { mfaRequired } from '@/lib/services/mfa/challenge';
import { makeUser } from '@/lib/test/factories';
import { codeAt } from '@/lib/test/mfa';
import type { Setup } from './samples';
import { newMember } from './samples';

/** Samples of the two-factor routes (lib/services/mfa). */

/** The person behind a caller (org A's owner for anonymous callers, who are refused before it matters). */
const personOf: (...a: Parameters<Setup>) => string = (f, who) =>
  who.caller === 'anonymous' ? f.users.owner.id : f.users[who.caller].id;

/**
 * The caller's sessions count as just confirmed (POST /me/confirm), so that a step-up route answers
 * the same however long the suite has run since its credentials were made.
 */
export const confirmed =
  (setup?: Setup): Setup =>
  async (f, who) => {
    // A route's cases run side by side and touch the same person's sessions: one statement, in id
    // order (a plain updateMany can deadlock against its twin), with a retry if it still conflicts.
    for (let attempt = 1; ; attempt++) {
      try {
        await db.$executeRaw`UPDATE sessions SET confirmed_at = now() WHERE id IN (
          SELECT id FROM sessions WHERE user_id = ${personOf(f, who)} ORDER BY id FOR UPDATE)`;
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
    return setup ? setup(f, who) : { params: { orgId: f.orgA.org.id } };
  };

/** A user with a confirmed authenticator app made in the database: id and secret. */
async function userWithTotp() {
  const user = await makeUser();
  const secret = generateSecret();
  await db.mfaTotp.create({
    data: { userId: user.id, secretEncrypted: encryptSecret(secret), confirmedAt: new Date() },
  });
  await db.user.update({ where: { id: user.id }, data: { mfaEnabled: true } });
  return { ...user, secret };
}

async function passkeyOf(userId: string) {
  const id = newId();
  await db.mfaPasskey.create({
    data: {
      id,
      userId,
      credentialId: `cred-${id}`,
      publicKey: Buffer.from([1]),
      deviceType: 'singleDevice',
      name: 'Key',
    },
  });
  return id;
}

/** The second step of a sign-in: a fresh mfaToken and the current code. */
export const secondStep: Setup = async () => {
  const user = await userWithTotp();
  const challenge = await mfaRequired(user.id, user.email, 'api');
  return { body: { mfaToken: challenge.extra?.mfaToken, code: await codeAt(user.secret) } };
};

export const passkeyChallenge: Setup = async () => {
  const user = await userWithTotp();
  await passkeyOf(user.id);
  const challenge = await mfaRequired(user.id, user.email, 'api');
  return { body: { mfaToken: challenge.extra?.mfaToken } };
};

/** A passkey registration waiting for the browser's answer, so a made-up answer is a 422. */
export const pendingRegistration: Setup = async (f, who) => {
  await issueUserToken(db, personOf(f, who), 'passkey_registration', 300, { data: { challenge: 'c' } });
  return {
    body: { name: 'Phone', response: { id: 'x', rawId: 'x', type: 'public-key', response: { clientDataJSON: 'e30' } } },
  };
};

export const ownPasskey: Setup = async (f, who) => {
  await confirmed()(f, who);
  return { params: { passkeyId: await passkeyOf(personOf(f, who)) }, body: { name: 'Renamed' } };
};

/** A member of org A with an authenticator app, whose factors an admin resets. */
export const memberWithFactor: Setup = async (f) => {
  const sample = await newMember(f);
  const secret = generateSecret();
  await db.mfaTotp.create({
    data: { userId: sample.user.id, secretEncrypted: encryptSecret(secret), confirmedAt: new Date() },
  });
  await db.user.update({ where: { id: sample.user.id }, data: { mfaEnabled: true } });
  return { params: sample.params };
};
