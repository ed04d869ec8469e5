import { describe, expect, it } from 'vitest';
import * as passkeyOptionsRoute from '@/app/api/v1/auth/token/mfa/passkey-options/route';
import * as mfaRoute from '@/app/api/v1/me/mfa/route';
import * as sessionsRoute from '@/app/api/v1/me/sessions/route';
import { db } from '@/lib/server/db';
import { me, post, signIn } from '@/lib/test/accounts';
import { makeUser, PASSWORD } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { codeAt, mfaTokenOf, secondStep, withTotp, wrongCode } from '@/lib/test/mfa';

describe('signing in with a second factor (POST /auth/token, /auth/token/mfa)', () => {
  it('asks for the code after the right password, and then issues the pair for it', async () => {
    const user = await makeUser();
    const { secret } = await withTotp(user);
    const first = await signIn(user.email, PASSWORD);
    expect(first.status).toBe(401);
    expect(first.body).toEqual({
      error: { code: 'mfa_required', message: expect.stringMatching(/authenticator app/) },
      mfaToken: expect.stringMatching(/^mfa_/),
      methods: ['totp', 'recovery_code'],
    });
    // A wrong password still says nothing about a second factor.
    const wrong = await signIn(user.email, 'not the password');
    expect(wrong.body).toEqual({ error: { code: 'unauthenticated', message: 'Invalid e-mail or password' } });

    const code = await codeAt(secret, 1);
    const done = await secondStep({ mfaToken: first.body.mfaToken, code });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ tokenType: 'Bearer', accessToken: expect.any(String) });
    expect((await me(done.body.accessToken)).body.email).toBe(user.email);
    // The session records that a second factor was used, and when.
    const sessions = await call(sessionsRoute.GET, '/api/v1/me/sessions', { token: done.body.accessToken });
    const current = sessions.body.data.find((s: { current: boolean }) => s.current);
    expect(current.secondFactor).toEqual({ method: 'totp', at: expect.any(String) });
    expect(Date.now() - Date.parse(current.secondFactor.at)).toBeLessThan(60_000);

    // The mfaToken works once, and the same code is refused on a new sign-in (replay).
    expect((await secondStep({ mfaToken: first.body.mfaToken, code })).status).toBe(401);
    const replay = await secondStep({ mfaToken: await mfaTokenOf(user), code });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('unauthenticated');
  });

  it('answers 401 for a wrong code and keeps the token for another try', async () => {
    const user = await makeUser();
    const { secret } = await withTotp(user);
    const mfaToken = await mfaTokenOf(user);
    const wrong = await secondStep({ mfaToken, code: await wrongCode(secret) });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toMatch(/not right/);
    expect((await secondStep({ mfaToken, code: await codeAt(secret, 1) })).status).toBe(200);
  });

  it('takes a recovery code once, written in any case and with or without dashes', async () => {
    const user = await makeUser();
    const { recoveryCodes, token } = await withTotp(user);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const code = recoveryCodes[3]!;
    expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const used = await secondStep({ mfaToken: await mfaTokenOf(user), code: code.replace(/-/g, '').toUpperCase() });
    expect(used.status, JSON.stringify(used.body)).toBe(200);
    const again = await secondStep({ mfaToken: await mfaTokenOf(user), code });
    expect(again.status).toBe(401);
    const status = await call(mfaRoute.GET, '/api/v1/me/mfa', { token });
    expect(status.body.recoveryCodesLeft).toBe(9);
    // Stored hashed: no code appears in the database.
    const rows = await db.mfaRecoveryCode.findMany({ where: { userId: user.id } });
    expect(rows.map((r) => r.codeHash).some((h) => recoveryCodes.some((c) => h.includes(c.replace(/-/g, ''))))).toBe(
      false,
    );
  });

  it('kills the mfaToken after five wrong codes, and counts them towards the sign-in lockout', async () => {
    const user = await makeUser();
    const { secret } = await withTotp(user);
    const mfaToken = await mfaTokenOf(user);
    const code = await wrongCode(secret);
    for (let i = 0; i < 5; i += 1) {
      const res = await secondStep({ mfaToken, code });
      expect(res.status).toBe(401);
      if (i === 4) expect(res.body.error.message).toMatch(/last try/);
    }
    const late = await secondStep({ mfaToken, code: await codeAt(secret, 1) });
    expect(late.status).toBe(401);
    expect(late.body.error.message).toMatch(/Sign in with your password again/);
    // Lockout after 10 failures of the e-mail: the five codes plus five wrong passwords. The right
    // password in between (which reaches the second step) forgets nothing.
    await mfaTokenOf(user);
    for (let i = 0; i < 4; i += 1) expect((await signIn(user.email, 'wrong password')).status).toBe(401);
    const locked = await signIn(user.email, 'wrong password');
    expect(locked.status).toBe(429);
    expect((await signIn(user.email, PASSWORD)).status).toBe(429);
  });

  it('refuses an expired mfaToken and an unknown one', async () => {
    const user = await makeUser();
    const { secret } = await withTotp(user);
    const mfaToken = await mfaTokenOf(user);
    await db.userToken.updateMany({ where: { userId: user.id, kind: 'mfa' }, data: { expiresAt: new Date() } });
    expect((await secondStep({ mfaToken, code: await codeAt(secret, 1) })).status).toBe(401);
    expect((await secondStep({ mfaToken: 'mfa_nope', code: '123456' })).status).toBe(401);
    const bad = await secondStep({ mfaToken });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields).toEqual({ code: ['Send a code or a passkey answer'] });
  });

  it('has no passkey step for an account without passkeys', async () => {
    const user = await makeUser();
    await withTotp(user);
    const res = await post(passkeyOptionsRoute.POST, '/api/v1/auth/token/mfa/passkey-options', {
      mfaToken: await mfaTokenOf(user),
    });
    expect(res.status).toBe(409);
  });
});
