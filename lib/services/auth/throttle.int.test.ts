import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as tokenRoute from '@/app/api/v1/auth/token/route';
import * as unlockRoute from '@/app/api/v1/auth/unlock/route';
import { authOptions } from '@/lib/server/auth/next-auth';
import { db } from '@/lib/server/db';
import { makeUser, PASSWORD, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

const fakeIp = () => `2001:db8::${randomBytes(6).toString('hex').match(/.{4}/g)!.join(':')}`;
const signIn = (email: string, password: string, ip: string) =>
  call(tokenRoute.POST, '/api/v1/auth/token', {
    method: 'POST',
    body: { email, password },
    headers: { 'x-portal-client-ip': ip },
  });
const unlock = (token: string, ip = fakeIp()) =>
  call(unlockRoute.POST, '/api/v1/auth/unlock', {
    method: 'POST',
    body: { token },
    headers: { 'x-portal-client-ip': ip },
  });

const LOCKED = /^Too many failed sign-in attempts\. Try again in 15 minutes or use the link we e-mailed you\.$/;

async function lockMail(to: string) {
  await expect.poll(() => db.email.count({ where: { to, template: 'account_locked' } })).toBe(1);
  return db.email.findFirstOrThrow({ where: { to, template: 'account_locked' } });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('account lockout', () => {
  it('locks after 10 failures, refuses the right password with 429, mails an unlock link that works once', async () => {
    const user = await makeUser();
    const ip = fakeIp();
    const spellings = [user.email, user.email.toUpperCase(), ` ${user.email} `];
    for (let i = 0; i < 9; i++) {
      const res = await signIn(spellings[i % 3]!, `wrong-${i}`, ip);
      expect(res.status).toBe(401);
      expect(res.body.error.message).toBe('Invalid e-mail or password');
    }
    const tenth = await signIn(user.email, 'wrong-10', ip);
    expect(tenth.status).toBe(429);

    // From another address too: the lock is on the account, not the IP.
    const right = await signIn(user.email, PASSWORD, fakeIp());
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe('rate_limited');
    expect(right.body.error.message).toMatch(LOCKED);
    const retryAfter = Number(right.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(880);
    expect(retryAfter).toBeLessThanOrEqual(900);

    const mail = await lockMail(user.email);
    expect(mail.subject).toMatch(/locked/);
    expect(mail.text).toContain('15 minutes');
    const link = new URL(mail.text.match(/http\S+\/unlock\?token=\S+/)![0]);
    expect(link.origin).toBe('http://localhost:3000');
    const token = link.searchParams.get('token')!;

    expect((await unlock(token)).status).toBe(204);
    expect((await signIn(user.email, PASSWORD, ip)).status).toBe(200);

    const again = await unlock(token);
    expect(again.status).toBe(422);
    expect(again.body.error.message).toMatch(/already used/);
    expect(again.body.error.fields.token).toHaveLength(1);
  });

  it('answers an unknown e-mail exactly like a known one, before and after the lock, and mails nobody', async () => {
    const known = await makeUser();
    const unknown = `nobody-${uniq()}@example.test`;
    const ip = fakeIp();
    for (let i = 0; i < 11; i++) {
      const a = await signIn(known.email, `wrong-${i}`, ip);
      const b = await signIn(unknown, `wrong-${i}`, ip);
      expect([b.status, b.body]).toEqual([a.status, a.body]);
    }
    const a = await signIn(known.email, PASSWORD, ip);
    const b = await signIn(unknown, PASSWORD, ip);
    expect(a.status).toBe(429);
    expect([b.status, b.body]).toEqual([a.status, a.body]);
    expect(b.headers.get('retry-after')).toBeTruthy();
    await lockMail(known.email);
    expect(await db.email.count({ where: { to: { equals: unknown, mode: 'insensitive' } } })).toBe(0);
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await makeUser();
    const ip = fakeIp();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect((await signIn(user.email, 'wrong', ip)).status).toBe(401);
      expect((await signIn(user.email, PASSWORD, ip)).status).toBe(200);
    }
    expect(await db.email.count({ where: { to: user.email } })).toBe(0);
  });

  it('ends by itself after LOCKOUT_SECONDS, and the unlock link then reads as expired', async () => {
    vi.stubEnv('LOCKOUT_THRESHOLD', '2');
    vi.stubEnv('LOCKOUT_SECONDS', '1');
    const user = await makeUser();
    const ip = fakeIp();
    expect((await signIn(user.email, 'wrong', ip)).status).toBe(401);
    const locked = await signIn(user.email, 'wrong', ip);
    expect(locked.status).toBe(429);
    expect(locked.body.error.message).toMatch(/Try again in 1 minute or/);
    const token = new URL((await lockMail(user.email)).text.match(/http\S+\/unlock\?token=\S+/)![0]).searchParams.get(
      'token',
    )!;
    await new Promise((r) => setTimeout(r, 1100));
    expect((await signIn(user.email, PASSWORD, ip)).status).toBe(200);
    const res = await unlock(token);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toMatch(/expired/);
  });

  it('shares the lock with the browser sign-in, which shows the same message', async () => {
    const user = await makeUser();
    const ip = fakeIp();
    for (let i = 0; i < 10; i++) await signIn(user.email, 'wrong', ip);
    const provider = authOptions().providers[0] as unknown as {
      options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
    };
    const attempt = provider.options.authorize(
      { email: user.email, password: PASSWORD },
      { headers: { 'x-portal-client-ip': fakeIp() } },
    );
    await expect(attempt).rejects.toThrow(LOCKED);
  });
});

describe('per-IP limits', () => {
  it('counts failed sign-ins per IP across e-mails; other IPs and successful sign-ins are not held back', async () => {
    vi.stubEnv('RATE_LIMIT_SIGNIN_IP', '3');
    const user = await makeUser();
    const [attacker, office] = [fakeIp(), fakeIp()];
    for (let i = 0; i < 3; i++) expect((await signIn(`guess-${uniq()}@example.test`, 'x', attacker)).status).toBe(401);
    const blocked = await signIn(user.email, PASSWORD, attacker);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/from your network\. Try again in 15 minutes/);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(880);

    for (let i = 0; i < 5; i++) expect((await signIn(user.email, PASSWORD, office)).status).toBe(200);
  });

  it('limits unlock attempts per IP with the public limit', async () => {
    vi.stubEnv('RATE_LIMIT_PUBLIC_IP', '2');
    const ip = fakeIp();
    for (let i = 0; i < 2; i++) {
      const res = await unlock(`made-up-${uniq()}`, ip);
      expect(res.status).toBe(422);
      expect(res.body.error.message).toMatch(/not valid/);
    }
    const res = await unlock(`made-up-${uniq()}`, ip);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect((await unlock(`made-up-${uniq()}`)).status).toBe(422);
  });
});
