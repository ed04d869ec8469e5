import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as signupRoute from '@/app/api/v1/admin/signup/route';
import { verifyPassword } from '@/lib/server/auth/password';
import { db } from '@/lib/server/db';
import { newIp, post } from '@/lib/test/accounts';
import { makeUser, uniq } from '@/lib/test/factories';

const CODE = 'the-bootstrap-code-1234';
const PASSWORD = 'a quiet lake at dawn';

/** Runs `npm run superadmin:create` (the same script) against the test database, with no terminal. */
function runScript(args: string[], env: Record<string, string | undefined> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
    const child = spawn(tsx, ['scripts/superadmin-create.ts', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run superadmin:create', () => {
  it('creates a superadmin with the given password, audited', async () => {
    const email = `root-${uniq()}@example.test`;
    const run = await runScript([
      '--email',
      email,
      '--first-name',
      'Root',
      '--last-name',
      'User',
      '--password',
      PASSWORD,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Created superadmin ${email}`);
    expect(run.stdout).not.toContain(PASSWORD);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ isSuperadmin: true, status: 'active', firstName: 'Root', lastName: 'User' });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: user.id } });
    expect(entry).toMatchObject({ action: 'user.create_superadmin', actorLabel: 'command line (superadmin:create)' });
  }, 60_000);

  it('generates a strong password when there is no terminal, and prints it once', async () => {
    const email = `gen-${uniq()}@example.test`;
    const run = await runScript(['--email', email]);
    expect(run.code, run.stderr).toBe(0);
    const match = run.stdout.match(/Generated password \(shown only this once; store it now\): (\S+)/);
    expect(match).not.toBeNull();
    const generated = match![1]!;
    expect(generated.length).toBeGreaterThanOrEqual(20);
    expect(run.stdout.split(generated)).toHaveLength(2);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.isSuperadmin).toBe(true);
    expect(await verifyPassword(user.passwordHash, generated)).toBe(true);
  }, 60_000);

  it('promotes an existing user and says so, keeping their password', async () => {
    const existing = await makeUser();
    const run = await runScript(['--email', existing.email.toUpperCase()]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('it is now a superadmin');
    expect(run.stdout).not.toContain('Generated password');
    const user = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(user.isSuperadmin).toBe(true);
    expect(await verifyPassword(user.passwordHash, 'correct-horse-battery')).toBe(true);
    const again = await runScript(['--email', existing.email]);
    expect(again.stdout).toContain('already a superadmin');
  }, 60_000);

  it('refuses a password that breaks the policy, a bad e-mail, and a missing DATABASE_URL', async () => {
    const email = `weak-${uniq()}@example.test`;
    const weak = await runScript(['--email', email, '--password', 'password']);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('Use at least 12 characters');
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    const bad = await runScript(['--email', 'nope']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Enter a valid e-mail address');
    const noDb = await runScript(['--email', email, '--password', PASSWORD], { DATABASE_URL: '' });
    expect(noDb.code).toBe(1);
    expect(noDb.stderr).toContain('DATABASE_URL is not set');
  }, 60_000);
});

describe('POST /admin/signup', () => {
  afterEach(() => {
    delete process.env.SUPERADMIN_SIGNUP_CODE;
  });
  const signUp = (body: unknown, ip = newIp()) => post(signupRoute.POST, '/api/v1/admin/signup', body, { ip });
  const form = (overrides: Record<string, unknown> = {}) => ({
    code: CODE,
    email: `sa-${uniq()}@example.test`,
    firstName: 'Sys',
    lastName: 'Admin',
    password: PASSWORD,
    ...overrides,
  });

  it('is a 404 while SUPERADMIN_SIGNUP_CODE is not set, whatever the body', async () => {
    expect((await signUp(form())).status).toBe(404);
    expect((await signUp({})).status).toBe(404);
  });

  it('creates a superadmin with the right code (201 { userId }), audited', async () => {
    process.env.SUPERADMIN_SIGNUP_CODE = CODE;
    const body = form();
    const res = await signUp(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ userId: expect.any(String) });
    const user = await db.user.findUniqueOrThrow({ where: { id: res.body.userId } });
    expect(user).toMatchObject({ email: body.email, isSuperadmin: true, status: 'active' });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { targetId: user.id } });
    expect(entry.action).toBe('user.create_superadmin');
    expect(JSON.stringify(entry)).not.toContain(CODE);
  });

  it('answers 403 to a wrong code, 409 to a taken e-mail, 422 to a weak password', async () => {
    process.env.SUPERADMIN_SIGNUP_CODE = CODE;
    const wrong = form({ code: `${CODE}x` });
    const res = await signUp(wrong);
    expect(res.status).toBe(403);
    expect(await db.user.findUnique({ where: { email: wrong.email } })).toBeNull();
    expect((await signUp(form({ code: 'x' }))).status).toBe(403);

    const existing = await makeUser();
    const taken = await signUp(form({ email: existing.email }));
    expect(taken.status).toBe(409);
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).isSuperadmin).toBe(false);

    const weak = await signUp(form({ password: 'password1234' }));
    expect(weak.status).toBe(422);
    expect(Object.keys(weak.body.error.fields)).toEqual(['password']);
  });

  it('limits attempts per IP: 429 with Retry-After once over the limit, even with the right code', async () => {
    process.env.SUPERADMIN_SIGNUP_CODE = CODE;
    process.env.RATE_LIMIT_PUBLIC_IP = '5';
    try {
      const ip = newIp();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await signUp(form({ code: 'guess' }), ip)).status);
      expect(statuses).toEqual([403, 403, 403, 403, 403]);
      const blocked = await signUp(form(), ip);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await signUp(form())).status).toBe(201);
    } finally {
      delete process.env.RATE_LIMIT_PUBLIC_IP;
    }
  });
});
