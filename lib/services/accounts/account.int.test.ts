import { describe, expect, it } from 'vitest';
import * as forgotRoute from '@/app/api/v1/auth/password/forgot/route';
import * as resetRoute from '@/app/api/v1/auth/password/reset/route';
import * as signupRoute from '@/app/api/v1/auth/signup/route';
import * as emailConfirmRoute from '@/app/api/v1/me/email/confirm/route';
import * as emailRoute from '@/app/api/v1/me/email/route';
import * as passwordRoute from '@/app/api/v1/me/password/route';
import * as sessionRoute from '@/app/api/v1/me/sessions/[sessionId]/route';
import * as sessionsRoute from '@/app/api/v1/me/sessions/route';
import { passwordMessages } from '@/lib/schemas/password';
import { newId, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { codeIn, mailCount, mailTo, me, post, signIn, tokenIn } from '@/lib/test/accounts';
import { cookieFor, makeUser, PASSWORD, tokensFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { EMAIL_CHANGE_MESSAGES, EMAIL_TAKEN } from './confirm-email-change';
import { EMAIL_CHANGE_ACCEPTED } from './request-email-change';
import { WRONG_CURRENT_PASSWORD, WRONG_PASSWORD } from './verify-own-password';

const NEW_PASSWORD = 'orange kites over harbour';

const changePassword = (token: string, body: unknown) =>
  call(passwordRoute.POST, '/api/v1/me/password', { method: 'POST', token, body });
const changeEmail = (token: string, body: unknown) =>
  call(emailRoute.POST, '/api/v1/me/email', { method: 'POST', token, body });
const confirmEmail = (token: string, linkToken: string) =>
  call(emailConfirmRoute.POST, '/api/v1/me/email/confirm', { method: 'POST', token, body: { token: linkToken } });
const sessions = (opts: { token?: string; cookie?: string }) => call(sessionsRoute.GET, '/api/v1/me/sessions', opts);
const revokeOne = (token: string, sessionId: string) =>
  call(sessionRoute.DELETE, `/api/v1/me/sessions/${sessionId}`, { method: 'DELETE', token, params: { sessionId } });
const sessionOf = async (pair: { refreshToken: string }) =>
  (await db.refreshToken.findUniqueOrThrow({ where: { tokenHash: sha256(pair.refreshToken) } })).sessionId;
const revokeOthers = (token: string) => call(sessionsRoute.DELETE, '/api/v1/me/sessions', { method: 'DELETE', token });

describe('the password policy', () => {
  it('refuses an 11-character and a common password with the same messages on sign-up, reset and change', async () => {
    const user = await makeUser();
    const { accessToken } = await tokensFor(user);
    await post(forgotRoute.POST, '/api/v1/auth/password/forgot', { email: user.email });
    const mail = (await mailTo(user.email, 'password_reset'))!;
    const paths = {
      signUp: async (password: string) =>
        (
          await post(signupRoute.POST, '/api/v1/auth/signup', {
            firstName: 'Ada',
            lastName: 'Lovelace',
            email: `ada-${uniq()}@example.test`,
            password,
            organizationName: `Engines ${uniq()}`,
            acceptTerms: true,
          })
        ).body.error.fields.password,
      resetByLink: async (password: string) =>
        (
          await post(resetRoute.POST, '/api/v1/auth/password/reset', {
            token: tokenIn(mail.text, '/reset-password'),
            newPassword: password,
          })
        ).body.error.fields.newPassword,
      resetByCode: async (password: string) =>
        (
          await post(resetRoute.POST, '/api/v1/auth/password/reset', {
            email: user.email,
            code: codeIn(mail.text),
            newPassword: password,
          })
        ).body.error.fields.newPassword,
      change: async (password: string) =>
        (await changePassword(accessToken, { currentPassword: PASSWORD, newPassword: password })).body.error.fields
          .newPassword,
    };
    for (const [password, message] of [
      ['abcdefghijk', passwordMessages.short],
      ['qwerty123456', passwordMessages.common],
    ] as const) {
      for (const [path, attempt] of Object.entries(paths)) {
        expect(await attempt(password), `${path} with ${password}`).toEqual([message]);
      }
    }
    expect((await signIn(user.email, PASSWORD)).status).toBe(200);
  });
});

describe('change password', () => {
  it('needs the current password, keeps the current session and ends the others', async () => {
    const user = await makeUser();
    const mine = await tokensFor(user);
    const other = await tokensFor(user);
    const browser = await cookieFor(user);

    const wrong = await changePassword(mine.accessToken, {
      currentPassword: 'not my password',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual({ currentPassword: [WRONG_CURRENT_PASSWORD] });
    expect((await me(other.accessToken)).status).toBe(200);

    const ok = await changePassword(mine.accessToken, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(ok.status).toBe(204);
    expect((await me(mine.accessToken)).status).toBe(200);
    expect((await me(other.accessToken)).status).toBe(401);
    expect((await call(sessionsRoute.GET, '/api/v1/me/sessions', { cookie: browser })).status).toBe(401);
    expect((await signIn(user.email, PASSWORD)).status).toBe(401);
    expect((await signIn(user.email, NEW_PASSWORD)).status).toBe(200);
    expect(await mailCount(user.email, 'password_changed')).toBe(1);
    const entry = await db.auditLog.findFirst({ where: { targetId: user.id, action: 'user.password_change' } });
    expect(entry).toMatchObject({ organizationId: null, actorUserId: user.id, after: { sessionsEnded: 2 } });
  });

  it('is only for people: an anonymous caller gets 401', async () => {
    const res = await call(passwordRoute.POST, '/api/v1/me/password', {
      method: 'POST',
      body: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
    });
    expect(res.status).toBe(401);
  });
});

describe('change e-mail', () => {
  it('changes the address only when the link from the new mailbox is used', async () => {
    const user = await makeUser();
    const { accessToken } = await tokensFor(user);
    const newEmail = `moved-${uniq()}@example.test`;

    const wrong = await changeEmail(accessToken, { newEmail, password: 'not my password' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual({ password: [WRONG_PASSWORD] });
    expect(await mailCount(newEmail)).toBe(0);

    const same = await changeEmail(accessToken, { newEmail: user.email.toUpperCase(), password: PASSWORD });
    expect(Object.keys(same.body.error.fields)).toEqual(['newEmail']);

    const res = await changeEmail(accessToken, { newEmail, password: PASSWORD });
    expect(res.status).toBe(202);
    expect(res.body).toEqual(EMAIL_CHANGE_ACCEPTED);
    expect((await me(accessToken)).body.email).toBe(user.email);
    expect((await mailTo(user.email, 'email_change_notice'))?.text).toContain(newEmail);
    const link = tokenIn((await mailTo(newEmail, 'email_change'))!.text, '/confirm-email');

    // Someone else cannot use the link, even signed in.
    const stranger = await tokensFor(await makeUser());
    const foreign = await confirmEmail(stranger.accessToken, link);
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields).toEqual({ token: [EMAIL_CHANGE_MESSAGES.invalid] });

    expect((await confirmEmail(accessToken, link)).status).toBe(204);
    expect((await me(accessToken)).body.email).toBe(newEmail);
    expect((await signIn(newEmail, PASSWORD)).status).toBe(200);
    expect((await signIn(user.email, PASSWORD)).status).toBe(401);
    const again = await confirmEmail(accessToken, link);
    expect(again.body.error.fields).toEqual({ token: [EMAIL_CHANGE_MESSAGES.used] });
    const entry = await db.auditLog.findFirst({ where: { targetId: user.id, action: 'user.email_change' } });
    expect(entry).toMatchObject({ before: { email: user.email }, after: { email: newEmail } });
  });

  it('answers 409 when the address was taken between the request and the confirmation', async () => {
    const user = await makeUser();
    const { accessToken } = await tokensFor(user);
    const newEmail = `contested-${uniq()}@example.test`;
    expect((await changeEmail(accessToken, { newEmail, password: PASSWORD })).status).toBe(202);
    const link = tokenIn((await mailTo(newEmail, 'email_change'))!.text, '/confirm-email');
    await db.user.create({
      data: { id: newId(), email: newEmail.toUpperCase(), firstName: 'Quick', lastName: 'Taker' },
    });

    const res = await confirmEmail(accessToken, link);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(EMAIL_TAKEN);
    expect((await me(accessToken)).body.email).toBe(user.email);
  });

  it('does not say that an address belongs to someone else, and sends that address nothing', async () => {
    const user = await makeUser();
    const other = await makeUser();
    const { accessToken } = await tokensFor(user);
    const res = await changeEmail(accessToken, { newEmail: other.email, password: PASSWORD });
    expect(res.status).toBe(202);
    expect(res.body).toEqual(EMAIL_CHANGE_ACCEPTED);
    expect(await mailCount(other.email)).toBe(0);
  });
});

describe('sessions', () => {
  it('lists the live sessions, the current one marked, without revoked or expired ones', async () => {
    const user = await makeUser();
    const mine = await tokensFor(user);
    const browser = await cookieFor(user);
    const gone = await sessionOf(await tokensFor(user));
    await db.session.update({ where: { id: gone }, data: { revokedAt: new Date() } });
    const expired = await sessionOf(await tokensFor(user));
    await db.session.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const res = await sessions({ token: mine.accessToken });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(2);
    const current = res.body.data.filter((s: { current: boolean }) => s.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ kind: 'api', userAgent: 'vitest', ip: '127.0.0.1' });
    expect(res.body.data.map((s: { kind: string }) => s.kind).sort()).toEqual(['api', 'browser']);
    for (const s of res.body.data)
      expect(Object.keys(s).sort()).toEqual([
        'createdAt',
        'current',
        'id',
        'ip',
        'kind',
        'lastActiveAt',
        'secondFactor',
        'userAgent',
      ]);

    // The browser sees itself as current.
    const fromBrowser = await sessions({ cookie: browser });
    expect(fromBrowser.body.data.find((s: { current: boolean }) => s.current).kind).toBe('browser');
  });

  it('signs one session out at once, and answers 404 for somebody else’s', async () => {
    const user = await makeUser();
    const mine = await tokensFor(user);
    const browser = await cookieFor(user);
    const list = (await sessions({ token: mine.accessToken })).body.data;
    const browserSession = list.find((s: { kind: string }) => s.kind === 'browser');

    const stranger = await tokensFor(await makeUser());
    expect((await revokeOne(stranger.accessToken, browserSession.id)).status).toBe(404);
    expect((await revokeOne(stranger.accessToken, newId())).status).toBe(404);
    expect((await sessions({ cookie: browser })).status).toBe(200);

    expect((await revokeOne(mine.accessToken, browserSession.id)).status).toBe(204);
    expect((await sessions({ cookie: browser })).status).toBe(401);
    expect((await sessions({ token: mine.accessToken })).body.data).toHaveLength(1);
    const entry = await db.auditLog.findFirst({ where: { targetId: browserSession.id, action: 'session.revoke' } });
    expect(entry).toMatchObject({ actorUserId: user.id, organizationId: null });
  });

  it('signs out everywhere else and keeps the session that asked', async () => {
    const user = await makeUser();
    const mine = await tokensFor(user);
    const others = [await tokensFor(user), await tokensFor(user)];
    const browser = await cookieFor(user);
    const bystander = await makeUser();
    const theirs = await tokensFor(bystander);

    expect((await revokeOthers(mine.accessToken)).status).toBe(204);
    expect((await me(mine.accessToken)).status).toBe(200);
    for (const pair of others) expect((await me(pair.accessToken)).status).toBe(401);
    expect((await sessions({ cookie: browser })).status).toBe(401);
    expect((await me(theirs.accessToken)).status).toBe(200);
    const list = (await sessions({ token: mine.accessToken })).body.data;
    expect(list).toEqual([expect.objectContaining({ current: true })]);
  });
});
