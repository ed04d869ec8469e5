import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as resendRoute from '@/app/api/v1/auth/activate/resend/route';
import * as activateRoute from '@/app/api/v1/auth/activate/route';
import * as signupRoute from '@/app/api/v1/auth/signup/route';
import { passwordMessages } from '@/lib/schemas/password';
import { db } from '@/lib/server/db';
import { registerAllJobHandlers } from '@/lib/server/jobs/handlers';
import { runDueJobs } from '@/lib/server/jobs/worker';
import { mailCount, mailTo, newIp, post, signIn, tokenIn } from '@/lib/test/accounts';
import { makeUser, uniq } from '@/lib/test/factories';
import { ACTIVATION_MESSAGES } from './activate';
import { ACTIVATION_RESEND_QUEUE, RESEND_ACCEPTED } from './resend-activation';

const NEW_PASSWORD = 'a quiet lake at dawn';

function form(overrides: Record<string, unknown> = {}) {
  const id = uniq();
  return {
    firstName: 'Grace',
    lastName: 'Hopper',
    email: `grace-${id}@example.test`,
    password: NEW_PASSWORD,
    organizationName: `Hopper Labs ${id}`,
    acceptTerms: true,
    ...overrides,
  };
}

const signUp = (body: unknown, ip?: string) => post(signupRoute.POST, '/api/v1/auth/signup', body, { ip });
const activate = (token: string) => post(activateRoute.POST, '/api/v1/auth/activate', { token });
const resendJobs = (email: string) =>
  db.job.findMany({ where: { queue: ACTIVATION_RESEND_QUEUE, payload: { path: ['email'], equals: email } } });
/** POST …/activate/resend, then its job runs (as the worker would). */
async function resend(email: string, ip?: string) {
  const res = await post(resendRoute.POST, '/api/v1/auth/activate/resend', { email }, { ip });
  const queued = (await resendJobs(email)).filter((j) => j.status === 'queued');
  if (queued.length)
    await runDueJobs(
      queued.length,
      queued.map((j) => j.id),
    );
  return res;
}

beforeAll(() => registerAllJobHandlers());
afterEach(() => {
  delete process.env.SIGNUP_ENABLED;
});

describe('sign-up and activation', () => {
  it('creates a pending owner and their org, mails a link that activates once, then sign-in works', async () => {
    const body = form();
    const res = await signUp(body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ status: 'pending_activation', email: body.email });

    const user = await db.user.findUniqueOrThrow({
      where: { email: body.email },
      include: { memberships: { include: { organization: true, role: true } } },
    });
    expect(user.status).toBe('pending');
    expect(user.termsAcceptedAt).not.toBeNull();
    expect(user.memberships).toHaveLength(1);
    const [membership] = user.memberships;
    expect(membership!.role.key).toBe('owner');
    expect(membership!.organization.name).toBe(body.organizationName);
    expect(membership!.organization.slug).toBe(body.organizationName.toLowerCase().replace(/\s+/g, '-'));
    const trail = await db.auditLog.findMany({ where: { organizationId: membership!.organizationId } });
    expect(trail.map((e) => e.action).sort()).toEqual(['organization.create', 'user.sign_up']);
    expect(JSON.stringify(trail)).not.toMatch(/password|argon2/i);

    // Not active yet: the token endpoint says so.
    const early = await signIn(body.email, NEW_PASSWORD);
    expect(early.status).toBe(401);
    expect(early.body.error.message).toMatch(/Activate your account/);

    const mail = await mailTo(body.email, 'activation');
    expect(mail?.subject).toMatch(/Activate/);
    expect(mail?.text).toContain(body.organizationName);
    expect(mail?.text).toContain('48 hours');
    const token = tokenIn(mail!.text, '/activate');

    expect((await activate(token)).status).toBe(204);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe('active');
    const signedIn = await signIn(body.email, NEW_PASSWORD);
    expect(signedIn.status).toBe(200);

    const again = await activate(token);
    expect(again.status).toBe(422);
    expect(again.body.error.fields.token).toEqual([ACTIVATION_MESSAGES.used]);
  });

  it('answers an existing e-mail exactly like a new one, creates nothing and tells the owner', async () => {
    const existing = await makeUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    const fresh = form();
    const taken = form({ email: existing.email.toUpperCase() });

    const [a, b] = [await signUp(fresh), await signUp(taken)];
    expect(b.status).toBe(a.status);
    expect(Object.keys(b.body)).toEqual(Object.keys(a.body));
    expect(b.body).toEqual({ status: 'pending_activation', email: taken.email });

    expect(await db.organization.count({ where: { name: taken.organizationName } })).toBe(0);
    const after = await db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toEqual(before);
    const mail = await mailTo(existing.email, 'signup_attempt');
    expect(mail?.text).toMatch(/tried to create a new .* account with your e-mail/);
    expect(mail?.text).toContain('/forgot-password');
    expect(await mailCount(existing.email, 'activation')).toBe(0);
  });

  it('gives an account still waiting for activation a new link instead of a second account', async () => {
    const body = form();
    await signUp(body);
    const first = tokenIn((await mailTo(body.email, 'activation'))!.text, '/activate');
    const res = await signUp({ ...body, organizationName: `Another ${uniq()}`, password: 'another fine passphrase' });
    expect(res.status).toBe(201);
    expect(await db.membership.count({ where: { user: { email: body.email } } })).toBe(1);
    const second = tokenIn((await mailTo(body.email, 'activation'))!.text, '/activate');
    expect(second).not.toBe(first);
    expect((await activate(first)).status).toBe(422);
    expect((await activate(second)).status).toBe(204);
    // The first password stays: nobody can replace it by signing up again.
    expect((await signIn(body.email, NEW_PASSWORD)).status).toBe(200);
  });

  it('derives a unique slug from the organization name', async () => {
    const name = `Café Ünicode & Co ${uniq()}`;
    await signUp(form({ organizationName: name }));
    await signUp(form({ organizationName: name }));
    const slugs = (await db.organization.findMany({ where: { name }, orderBy: { createdAt: 'asc' } })).map(
      (o) => o.slug,
    );
    const base = name.toLowerCase().replace('é', 'e').replace('ü', 'u').replace(' & ', '-').replace(/\s+/g, '-');
    expect(slugs).toEqual([base, `${base}-2`]);
  });

  it('enforces the password policy, the terms and the fields', async () => {
    const short = await signUp(form({ password: 'abcdefghijk' }));
    expect(short.status).toBe(422);
    expect(short.body.error.fields.password).toEqual([passwordMessages.short]);
    const common = await signUp(form({ password: 'qwerty123456' }));
    expect(common.status).toBe(422);
    expect(common.body.error.fields.password).toEqual([passwordMessages.common]);
    const email = `same-${uniq()}@example.test`;
    const asEmail = await signUp(form({ email, password: email }));
    expect(asEmail.body.error.fields.password).toEqual([passwordMessages.email]);

    const res = await signUp({ email: 'nope', acceptTerms: false });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(
      ['acceptTerms', 'email', 'firstName', 'lastName', 'organizationName', 'password'].sort(),
    );
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it('is a 404 when sign-up is closed, whatever the body', async () => {
    process.env.SIGNUP_ENABLED = 'false';
    const body = form();
    expect((await signUp(body)).status).toBe(404);
    expect((await signUp({})).status).toBe(404);
    expect(await db.user.count({ where: { email: body.email } })).toBe(0);
  });

  it('refuses expired and made-up activation links with a clear message', async () => {
    const body = form();
    await signUp(body);
    const token = tokenIn((await mailTo(body.email, 'activation'))!.text, '/activate');
    await db.userToken.updateMany({
      where: { user: { email: body.email }, kind: 'activation' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await activate(token);
    expect(expired.status).toBe(422);
    expect(expired.body.error.message).toBe(ACTIVATION_MESSAGES.expired);
    expect(expired.body.error.fields.token).toEqual([ACTIVATION_MESSAGES.expired]);
    const madeUp = await activate('not-a-real-token');
    expect(madeUp.body.error.fields.token).toEqual([ACTIVATION_MESSAGES.invalid]);
    expect((await db.user.findUniqueOrThrow({ where: { email: body.email } })).status).toBe('pending');
  });
});

describe('resending the activation link', () => {
  it('always answers 202 the same way and mails only a pending account', async () => {
    const body = form();
    await signUp(body);
    const active = await makeUser();
    const unknown = `nobody-${uniq()}@example.test`;
    const answers = [await resend(body.email), await resend(active.email), await resend(unknown)];
    for (const res of answers) {
      expect(res.status).toBe(202);
      expect(res.body).toEqual(RESEND_ACCEPTED);
    }
    expect(await mailCount(body.email, 'activation')).toBe(2);
    expect(await mailCount(active.email)).toBe(0);
    expect(await mailCount(unknown)).toBe(0);
    const token = tokenIn((await mailTo(body.email, 'activation'))!.text, '/activate');
    expect((await activate(token)).status).toBe(204);
  });

  it('does the same work in the request for a pending, an active and an unknown address: one job, nothing else', async () => {
    const body = form();
    await signUp(body);
    const active = await makeUser();
    const addresses = [body.email, active.email, `nobody-${uniq()}@example.test`];
    const traces = [];
    for (const email of addresses) {
      const user = await db.user.findUnique({ where: { email } });
      const before = {
        tokens: user ? await db.userToken.count({ where: { userId: user.id } }) : 0,
        mails: await mailCount(email),
      };
      const res = await post(resendRoute.POST, '/api/v1/auth/activate/resend', { email });
      const jobs = await resendJobs(email);
      traces.push({
        status: res.status,
        body: res.body,
        jobs: jobs.map((j) => ({ queue: j.queue, status: j.status, keys: Object.keys(j.payload as object).sort() })),
        tokens: (user ? await db.userToken.count({ where: { userId: user.id } }) : 0) - before.tokens,
        mails: (await mailCount(email)) - before.mails,
      });
      // Then the worker runs the job: only the pending account gets a link.
      await runDueJobs(
        1,
        jobs.map((j) => j.id),
      );
    }
    for (const trace of traces) {
      expect(trace).toEqual({
        status: 202,
        body: RESEND_ACCEPTED,
        jobs: [{ queue: ACTIVATION_RESEND_QUEUE, status: 'queued', keys: ['email', 'meta'] }],
        tokens: 0,
        mails: 0,
      });
    }
    expect(await mailCount(addresses[0]!, 'activation')).toBe(2);
    expect(await mailCount(addresses[1]!)).toBe(0);
    expect(await mailCount(addresses[2]!)).toBe(0);
  });

  it('is limited per client IP', async () => {
    const ip = newIp();
    const email = `nobody-${uniq()}@example.test`;
    for (let i = 0; i < 20; i++) expect((await resend(email, ip)).status).toBe(202);
    const limited = await resend(email, ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await resend(email)).status).toBe(202);
  });

  it('mails one address at most five times an hour', async () => {
    const body = form();
    await signUp(body);
    for (let i = 0; i < 6; i++) expect((await resend(body.email)).status).toBe(202);
    expect(await mailCount(body.email, 'activation')).toBe(1 + 5);
  });
});
