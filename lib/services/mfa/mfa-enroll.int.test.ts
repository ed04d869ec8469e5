import { describe, expect, it } from 'vitest';
import * as recoveryRoute from '@/app/api/v1/me/mfa/recovery-codes/route';
import * as mfaRoute from '@/app/api/v1/me/mfa/route';
import * as totpConfirmRoute from '@/app/api/v1/me/mfa/totp/confirm/route';
import * as totpDisableRoute from '@/app/api/v1/me/mfa/totp/disable/route';
import * as totpRoute from '@/app/api/v1/me/mfa/totp/route';
import { db } from '@/lib/server/db';
import { post, signIn } from '@/lib/test/accounts';
import { makeUser, PASSWORD, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { codeAt, mfaTokenOf, secondStep, withTotp, wrongCode } from '@/lib/test/mfa';

const status = (token: string) => call(mfaRoute.GET, '/api/v1/me/mfa', { token });

describe('setting up an authenticator app (POST /me/mfa/totp, …/confirm)', () => {
  it('needs the password, is inactive until a first code confirms it, and stores the secret encrypted', async () => {
    const user = await makeUser();
    const token = await tokenFor(user);
    expect((await status(token)).body).toEqual({
      totp: { enabled: false },
      passkeys: [],
      recoveryCodesLeft: 0,
      requiredBy: [],
    });
    const wrongPassword = await post(totpRoute.POST, '/api/v1/me/mfa/totp', { currentPassword: 'nope' }, { token });
    expect(wrongPassword.status).toBe(422);
    expect(wrongPassword.body.error.fields).toEqual({ currentPassword: ['The current password is not right'] });

    const started = await post(totpRoute.POST, '/api/v1/me/mfa/totp', { currentPassword: PASSWORD }, { token });
    expect(started.status).toBe(201);
    const { secret, otpauthUri } = started.body;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(
      `otpauth://totp/Org%20Admin%20Portal:${encodeURIComponent(user.email)}?secret=${secret}&issuer=Org%20Admin%20Portal`,
    );
    const row = await db.mfaTotp.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.secretEncrypted).not.toContain(secret);
    expect(row.confirmedAt).toBeNull();
    // Not active yet: the password alone still signs in.
    expect((await signIn(user.email, PASSWORD)).status).toBe(200);

    const bad = await post(
      totpConfirmRoute.POST,
      '/api/v1/me/mfa/totp/confirm',
      { code: await wrongCode(secret) },
      { token },
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.code[0]).toMatch(/not right/);
    const ok = await post(
      totpConfirmRoute.POST,
      '/api/v1/me/mfa/totp/confirm',
      { code: await codeAt(secret) },
      { token },
    );
    expect(ok.status).toBe(200);
    expect(ok.body.recoveryCodes).toHaveLength(10);
    expect((await status(token)).body).toMatchObject({ totp: { enabled: true }, recoveryCodesLeft: 10 });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mfaEnabled).toBe(true);
    const again = await post(totpRoute.POST, '/api/v1/me/mfa/totp', { currentPassword: PASSWORD }, { token });
    expect(again.status).toBe(409);
    const audit = await db.auditLog.findFirst({ where: { actorUserId: user.id, action: 'mfa.totp_enable' } });
    expect(audit?.targetId).toBe(user.id);
  });

  it('turns off with a code, after which the password alone signs in again', async () => {
    const user = await makeUser();
    const { secret, token } = await withTotp(user);
    const wrong = await post(
      totpDisableRoute.POST,
      '/api/v1/me/mfa/totp/disable',
      { code: await wrongCode(secret) },
      { token },
    );
    expect(wrong.status).toBe(422);
    const off = await post(
      totpDisableRoute.POST,
      '/api/v1/me/mfa/totp/disable',
      { code: await codeAt(secret, 1) },
      { token },
    );
    expect(off.status).toBe(204);
    expect((await status(token)).body).toMatchObject({ totp: { enabled: false }, recoveryCodesLeft: 0 });
    expect((await signIn(user.email, PASSWORD)).status).toBe(200);
    expect(await db.mfaRecoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(
      (await post(totpDisableRoute.POST, '/api/v1/me/mfa/totp/disable', { code: '123456' }, { token })).status,
    ).toBe(409);
  });

  it('turns off with a recovery code too (the phone is lost)', async () => {
    const user = await makeUser();
    const { token, recoveryCodes } = await withTotp(user);
    const off = await post(totpDisableRoute.POST, '/api/v1/me/mfa/totp/disable', { code: recoveryCodes[0] }, { token });
    expect(off.status).toBe(204);
  });

  it('replaces the recovery codes with a code of the app: the old set dies', async () => {
    const user = await makeUser();
    const { secret, token, recoveryCodes } = await withTotp(user);
    const res = await post(
      recoveryRoute.POST,
      '/api/v1/me/mfa/recovery-codes',
      { code: await codeAt(secret, 1) },
      { token },
    );
    expect(res.status).toBe(200);
    expect(res.body.recoveryCodes).toHaveLength(10);
    expect(res.body.recoveryCodes).not.toContain(recoveryCodes[0]);
    expect((await secondStep({ mfaToken: await mfaTokenOf(user), code: recoveryCodes[0] })).status).toBe(401);
    expect((await secondStep({ mfaToken: await mfaTokenOf(user), code: res.body.recoveryCodes[0] })).status).toBe(200);
  });

  it('offers no recovery codes to an account without a factor', async () => {
    const user = await makeUser();
    const token = await tokenFor(user);
    expect((await post(recoveryRoute.POST, '/api/v1/me/mfa/recovery-codes', {}, { token })).status).toBe(409);
  });
});
