import { generate } from 'otplib';
import { expect } from 'vitest';
import { post, signIn } from '@/lib/test/accounts';
import { PASSWORD, type TestUser, tokenFor } from '@/lib/test/factories';
import { routeAt } from '@/lib/test/routes';

// Route handlers found by path, as Next's router finds them (lib/test/routes.ts).
const tokenMfaRoute = await routeAt('/auth/token/mfa');
const totpConfirmRoute = await routeAt('/me/mfa/totp/confirm');
const totpRoute = await routeAt('/me/mfa/totp');

/** The code an authenticator app shows `steps` 30-second steps from now (one step either way is accepted). */
export const codeAt = (secret: string, steps = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/** Sets up an authenticator app for `user` through the API, as a person would; its secret and recovery codes. */
export async function withTotp(user: TestUser) {
  const token = await tokenFor(user);
  const started = await post(totpRoute.POST, '/api/v1/me/mfa/totp', { currentPassword: PASSWORD }, { token });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const secret: string = started.body.secret;
  const confirmed = await post(
    totpConfirmRoute.POST,
    '/api/v1/me/mfa/totp/confirm',
    { code: await codeAt(secret) },
    { token },
  );
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  return { secret, token, recoveryCodes: confirmed.body.recoveryCodes as string[] };
}

/** POST /auth/token for an account with a factor: its mfaToken (asserting the 401 mfa_required). */
export async function mfaTokenOf(user: TestUser): Promise<string> {
  const res = await signIn(user.email, PASSWORD);
  expect(res.status, JSON.stringify(res.body)).toBe(401);
  expect(res.body.error.code).toBe('mfa_required');
  return res.body.mfaToken;
}

export const secondStep = (body: Record<string, unknown>, ip?: string) =>
  post(tokenMfaRoute.POST, '/api/v1/auth/token/mfa', body, ip ? { ip } : {});

/** A 6-digit code that is none of those the app shows around now. */
export async function wrongCode(secret: string): Promise<string> {
  const near = await Promise.all([-2, -1, 0, 1, 2].map((s) => codeAt(secret, s)));
  for (let n = 0; ; n += 1) {
    const code = String(n).padStart(6, '0');
    if (!near.includes(code)) return code;
  }
}
