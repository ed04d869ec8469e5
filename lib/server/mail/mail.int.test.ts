import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { registerAllJobHandlers } from '@/lib/server/jobs/handlers';
import { runDueJobs } from '@/lib/server/jobs/worker';
import { addMember, makeOrg, makeUser, uniq } from '@/lib/test/factories';
import { startSmtp } from '@/lib/test/smtp';
import { resetMailTransport } from './deliver';
import { queueEmail } from './outbox';

let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeAll(() => registerAllJobHandlers());
beforeEach(() => resetMailTransport());
afterAll(async () => {
  delete process.env.SMTP_URL;
  resetMailTransport();
  await smtp?.close();
});

async function queue(to: string, wording?: { org: string; userId: string }) {
  return db.$transaction((tx) =>
    queueEmail(tx, {
      to,
      template: 'password_reset',
      wording,
      action: { path: '/reset-password?token=abc', code: '123456' },
      vars: { 'user.firstName': 'Ada <Lovelace>', expiresIn: '30 minutes' },
    }),
  );
}

/** Runs due jobs until the given e-mail leaves the queue (its retries are pulled forward). */
const jobOf = async (emailId: string) =>
  (await db.job.findFirstOrThrow({ where: { payload: { path: ['emailId'], equals: emailId } } })).id;

async function drain(emailId: string) {
  const jobId = await jobOf(emailId);
  for (let i = 0; i < 10; i++) {
    await db.job.updateMany({
      where: { status: 'queued', payload: { path: ['emailId'], equals: emailId } },
      data: { runAt: new Date() },
    });
    await runDueJobs(10, [jobId]);
    const email = await db.email.findUniqueOrThrow({ where: { id: emailId } });
    if (email.status !== 'queued') return email;
  }
  throw new Error('e-mail still queued');
}

describe('mailer', () => {
  it('delivers by SMTP with a plain-text and an HTML part', async () => {
    smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    const to = `ada-${uniq()}@example.test`;
    const id = await queue(to);
    expect((await db.email.findUniqueOrThrow({ where: { id } })).status).toBe('queued');
    const sent = await drain(id);
    expect(sent.status).toBe('sent');
    const mail = smtp.received.find((m) => m.to.includes(to));
    expect(mail?.parsed.subject).toBe('Reset your Org Admin Portal password');
    expect(mail?.parsed.text).toContain('enter this code: 123456');
    expect(mail?.parsed.text).toContain('Hello Ada <Lovelace>,');
    expect(mail?.parsed.html).toContain('Hello Ada &lt;Lovelace&gt;,');
    expect(mail?.parsed.html).toContain('href="http://localhost:3000/reset-password?token=abc"');
  });

  it('retries with backoff when the server refuses, and delivers once it accepts', async () => {
    await smtp?.close();
    smtp = await startSmtp({ failFirst: 2 });
    process.env.SMTP_URL = smtp.url;
    const to = `retry-${uniq()}@example.test`;
    const id = await queue(to);
    await runDueJobs(10, [await jobOf(id)]);
    const afterFirst = await db.email.findUniqueOrThrow({ where: { id } });
    expect(afterFirst).toMatchObject({ status: 'queued', attempts: 1 });
    expect(afterFirst.lastError).toMatch(/busy/);
    const job = await db.job.findFirstOrThrow({ where: { payload: { path: ['emailId'], equals: id } } });
    expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 3000);
    const sent = await drain(id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 3 });
    expect(smtp.received.filter((m) => m.to.includes(to))).toHaveLength(1);
  });

  it("words a security mail with the org's override only for a person of that org alone, link and code kept", async () => {
    const acme = await makeOrg();
    const other = await makeOrg();
    await db.emailTemplate.create({
      data: {
        id: newId(),
        organizationId: acme.org.id,
        code: 'password_reset',
        subject: 'Acme reset',
        body: 'For {{user.firstName}} {{link}}',
      },
    });
    const user = await makeUser();
    await addMember(acme, user, 'member');
    const sole = await db.email.findUniqueOrThrow({
      where: { id: await queue(user.email, { org: acme.org.id, userId: user.id }) },
    });
    expect(sole.subject).toBe('Acme reset');
    expect(sole.text).toBe(
      'For Ada <Lovelace> \n\nChoose a new password:\nhttp://localhost:3000/reset-password?token=abc' +
        '\n\nOr enter this code: 123456',
    );
    await addMember(other, user, 'member');
    const shared = await db.email.findUniqueOrThrow({
      where: { id: await queue(user.email, { org: acme.org.id, userId: user.id }) },
    });
    expect(shared.subject).toBe('Reset your Org Admin Portal password');
    expect(shared.organizationId).toBeNull();
  });

  it('is not written when the transaction that caused it rolls back', async () => {
    const to = `rollback-${uniq()}@example.test`;
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, { to, template: 'password_changed', vars: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.email.count({ where: { to } })).toBe(0);
  });
});
