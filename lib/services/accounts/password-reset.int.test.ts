import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as forgotRoute from '@/app/api/v1/auth/password/forgot/route';
import * as resetRoute from '@/app/api/v1/auth/password/reset/route';
import * as refreshRoute from '@/app/api/v1/auth/token/refresh/route';
import * as meRoute from '@/app/api/v1/me/route';
import { passwordMessages } from '@/lib/schemas/password';
import { audit } from '@/lib/server/audit';
import { randomToken, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { rateLimitStore } from '@/lib/server/rate-limit';
import { CLIENT_IP_HEADER } from '@/lib/server/request-meta';
import { codeIn, mailCount, mailTo, newIp, post, signIn, tokenIn } from '@/lib/test/accounts';
import { cookieFor, makeUser, PASSWORD, tokensFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { FORGOT_ACCEPTED } from './forgot-password';
import { RESET_MESSAGES } from './reset-password';

// Spies around the real functions, to see which steps each path of "forgot" runs.
vi.mock('@/lib/server/audit', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/server/audit')>();
  return { ...real, audit: vi.fn(real.audit) };
});
vi.mock('@/lib/server/auth/secrets', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/server/auth/secrets')>();
  return { ...real, randomToken: vi.fn(real.randomToken), sha256: vi.fn(real.sha256) };
});

const NEW_PASSWORD = 'seven green bottles standing';

const forgot = (email: string) => post(forgotRoute.POST, '/api/v1/auth/password/forgot', { email });
const reset = (body: Record<string, unknown>) => post(resetRoute.POST, '/api/v1/auth/password/reset', body);

/** Asks for a reset and returns the link token and the code from the mail. */
async function requestReset(email: string) {
  expect((await forgot(email)).status).toBe(202);
  const mail = await mailTo(email, 'password_reset');
  expect(mail?.text).toContain('30 minutes');
  return { token: tokenIn(mail!.text, '/reset-password'), code: codeIn(mail!.text) };
}

/** The raw reply of the forgot route, byte for byte. */
async function forgotRaw(email: string) {
  const req = new Request('http://localhost:3000/api/v1/auth/password/forgot', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CLIENT_IP_HEADER]: newIp() },
    body: JSON.stringify({ email }),
  });
  const res = await forgotRoute.POST(req, { params: Promise.resolve({}) });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** Which of the spied steps a call ran, and how often. */
async function stepsOf(run: () => Promise<unknown>) {
  const spies = { audit: vi.mocked(audit), randomToken: vi.mocked(randomToken), sha256: vi.mocked(sha256) };
  for (const spy of Object.values(spies)) spy.mockClear();
  await run();
  return {
    audit: spies.audit.mock.calls.map(([, actor, entry]) => [actor.orgId, entry.action, entry.targetType]),
    randomToken: spies.randomToken.mock.calls.length,
    sha256: spies.sha256.mock.calls.length,
  };
}

let user: Awaited<ReturnType<typeof makeUser>>;
beforeEach(async () => {
  user = await makeUser();
});

describe('forgot password', () => {
  it('answers known and unknown addresses byte for byte alike, after the same steps', async () => {
    const unknown = `nobody-${uniq()}@example.test`;
    let known!: Awaited<ReturnType<typeof forgotRaw>>;
    let stranger!: Awaited<ReturnType<typeof forgotRaw>>;
    const knownSteps = await stepsOf(async () => {
      known = await forgotRaw(user.email);
    });
    const strangerSteps = await stepsOf(async () => {
      stranger = await forgotRaw(unknown);
    });

    expect(known.status).toBe(202);
    expect(stranger).toEqual(known);
    expect(JSON.parse(known.text)).toEqual(FORGOT_ACCEPTED);

    // One secret generated and hashed like a real one, one audit entry, on both paths.
    expect(strangerSteps).toEqual(knownSteps);
    expect(knownSteps.audit).toEqual([[null, 'user.password_reset_request', 'user']]);
    expect(knownSteps.randomToken).toBe(1);
    // Both addresses were counted against the per-address mail quota.
    for (const email of [user.email, unknown]) {
      const key = `mail:password_reset:${sha256(email.toLowerCase())}`;
      expect((await rateLimitStore().get(key))?.count).toBe(1);
    }

    // Only the real account gets a mail and a live token.
    expect(await mailCount(user.email, 'password_reset')).toBe(1);
    expect(await mailCount(unknown)).toBe(0);
    expect(await db.userToken.count({ where: { userId: user.id, kind: 'password_reset', usedAt: null } })).toBe(1);
  });

  it('mails nothing to deactivated or pending accounts, with the same answer', async () => {
    for (const status of ['deactivated', 'pending'] as const) {
      const other = await makeUser({ status });
      const res = await forgot(other.email);
      expect(res.status).toBe(202);
      expect(res.body).toEqual(FORGOT_ACCEPTED);
      expect(await mailCount(other.email)).toBe(0);
    }
  });

  it('is limited per client IP', async () => {
    const ip = newIp();
    for (let i = 0; i < 20; i++) {
      const res = await post(
        forgotRoute.POST,
        '/api/v1/auth/password/forgot',
        { email: `x-${uniq()}@example.test` },
        { ip },
      );
      expect(res.status).toBe(202);
    }
    const limited = await post(forgotRoute.POST, '/api/v1/auth/password/forgot', { email: user.email }, { ip });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBeTruthy();
  });
});

describe('reset password', () => {
  it('works once by link; the second use fails; the owner is told', async () => {
    const { token } = await requestReset(user.email);
    expect((await reset({ token, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await signIn(user.email, NEW_PASSWORD)).status).toBe(200);
    expect((await signIn(user.email, PASSWORD)).status).toBe(401);
    expect((await mailTo(user.email, 'password_changed'))?.text).toContain('password of your account was just changed');

    const again = await reset({ token, newPassword: 'yet another long passphrase' });
    expect(again.status).toBe(422);
    expect(again.body.error.fields).toEqual({ token: [RESET_MESSAGES.used] });
    expect((await signIn(user.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('works once by e-mail and code; the link of the same mail dies with it', async () => {
    const { token, code } = await requestReset(user.email);
    expect((await reset({ email: user.email.toUpperCase(), code, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await signIn(user.email, NEW_PASSWORD)).status).toBe(200);

    const again = await reset({ email: user.email, code, newPassword: 'yet another long passphrase' });
    expect(again.status).toBe(422);
    expect(again.body.error.fields).toEqual({ code: [RESET_MESSAGES.code] });
    expect((await reset({ token, newPassword: 'yet another long passphrase' })).status).toBe(422);
  });

  it('kills a code after five wrong tries', async () => {
    const { code } = await requestReset(user.email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await reset({ email: user.email, code: wrong, newPassword: NEW_PASSWORD });
      expect(res.status).toBe(422);
      expect(res.body.error.fields).toEqual({ code: [RESET_MESSAGES.code] });
    }
    const right = await reset({ email: user.email, code, newPassword: NEW_PASSWORD });
    expect(right.status).toBe(422);
    expect(right.body.error.fields).toEqual({ code: [RESET_MESSAGES.code] });
    expect((await signIn(user.email, PASSWORD)).status).toBe(200);
  });

  it('answers a code for an unknown address like a wrong code', async () => {
    const res = await reset({ email: `nobody-${uniq()}@example.test`, code: '123456', newPassword: NEW_PASSWORD });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual({ code: [RESET_MESSAGES.code] });
  });

  it('ends every session: access tokens, refresh tokens and browser cookies', async () => {
    const pair = await tokensFor(user);
    const cookie = await cookieFor(user);
    expect((await call(meRoute.GET, '/api/v1/me', { token: pair.accessToken })).status).toBe(200);

    const { token } = await requestReset(user.email);
    expect((await reset({ token, newPassword: NEW_PASSWORD })).status).toBe(204);

    expect((await call(meRoute.GET, '/api/v1/me', { token: pair.accessToken })).status).toBe(401);
    expect((await call(meRoute.GET, '/api/v1/me', { cookie })).status).toBe(401);
    const refreshed = await post(refreshRoute.POST, '/api/v1/auth/token/refresh', { refreshToken: pair.refreshToken });
    expect(refreshed.status).toBe(401);
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const entry = await db.auditLog.findFirst({ where: { targetId: user.id, action: 'user.password_reset' } });
    expect(entry?.after).toEqual({ by: 'link', sessionsEnded: 2 });
  });

  it('refuses a weak password on both paths without using up the link or the code', async () => {
    const { token, code } = await requestReset(user.email);
    for (const [password, message] of [
      ['abcdefghijk', passwordMessages.short],
      ['qwerty123456', passwordMessages.common],
    ] as const) {
      const byLink = await reset({ token, newPassword: password });
      const byCode = await reset({ email: user.email, code, newPassword: password });
      for (const res of [byLink, byCode]) {
        expect(res.status).toBe(422);
        expect(res.body.error.fields).toEqual({ newPassword: [message] });
      }
    }
    expect((await reset({ email: user.email, code, newPassword: NEW_PASSWORD })).status).toBe(204);
  });

  it('refuses expired links and asks for a token or an e-mail and code', async () => {
    const { token } = await requestReset(user.email);
    await db.userToken.updateMany({
      where: { userId: user.id, kind: 'password_reset' },
      data: { expiresAt: new Date() },
    });
    const expired = await reset({ token, newPassword: NEW_PASSWORD });
    expect(expired.body.error.fields).toEqual({ token: [RESET_MESSAGES.expired] });

    const neither = await reset({ newPassword: NEW_PASSWORD });
    expect(neither.status).toBe(422);
    expect(Object.keys(neither.body.error.fields)).toEqual(['token']);
    const noCode = await reset({ email: user.email, newPassword: NEW_PASSWORD });
    expect(Object.keys(noCode.body.error.fields)).toEqual(['code']);
  });
});
