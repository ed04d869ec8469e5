import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as forgot from '@/app/api/v1/auth/password/forgot/route';
import * as template from '@/app/api/v1/organizations/[orgId]/email-templates/[code]/route';
import * as reset from '@/app/api/v1/organizations/[orgId]/members/[userId]/password-reset/route';
import * as members from '@/app/api/v1/organizations/[orgId]/members/route';
import { db } from '@/lib/server/db';
import { registerAllJobHandlers } from '@/lib/server/jobs/handlers';
import { runDueJobs } from '@/lib/server/jobs/worker';
import { resetMailTransport } from '@/lib/server/mail/deliver';
import { post } from '@/lib/test/accounts';
import { makeTeam, makeUser, tokenFor } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { acceptToken, mailedToken } from '@/lib/test/invitations';
import { type ReceivedMail, startSmtp } from '@/lib/test/smtp';

/**
 * Issue 21, F1: an org owner edits the reset template to wrap the real link in
 * their own URL, adds a user of another org and triggers their reset. Played
 * end to end against a real SMTP server: the mail that arrives carries only the
 * platform's link, and the hierarchy keeps an admin from resetting an owner.
 */

type Team = Awaited<ReturnType<typeof makeTeam>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let evil: Team;
let home: Team;
let victim: { id: string; email: string };
let evilOwner: string;
let evilAdmin: string;
const APP = 'http://localhost:3000';

const resetOf = (userId: string, tok: string, orgId = evil.org.id) =>
  call(reset.POST, `/api/v1/organizations/${orgId}/members/${userId}/password-reset`, {
    method: 'POST',
    token: tok,
    params: { orgId, userId },
  });

/** Delivers every queued mail to `to` over SMTP and returns what the server received for it. */
async function arrived(to: string): Promise<ReceivedMail[]> {
  const mails = await db.email.findMany({ where: { to, status: 'queued' }, select: { id: true } });
  const jobs = await db.job.findMany({
    where: { OR: mails.map((m) => ({ payload: { path: ['emailId'], equals: m.id } })) },
    select: { id: true },
  });
  if (jobs.length)
    await runDueJobs(
      50,
      jobs.map((j) => j.id),
    );
  return smtp.received.filter((m) => m.to.includes(to));
}

/** Every URL a mail holds, in its text and in its HTML links. */
function urlsIn(mail: ReceivedMail): string[] {
  const text = [...(mail.parsed.text ?? '').matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0]);
  const hrefs = [...String(mail.parsed.html ?? '').matchAll(/href="([^"]+)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&'),
  );
  return [...text, ...hrefs];
}

beforeAll(async () => {
  registerAllJobHandlers();
  smtp = await startSmtp();
  process.env.SMTP_URL = smtp.url;
  resetMailTransport();
  [evil, home] = await Promise.all([makeTeam(), makeTeam()]);
  victim = home.owner;
  [evilOwner, evilAdmin] = await Promise.all([tokenFor(evil.owner), tokenFor(evil.admin)]);
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  resetMailTransport();
  await smtp.close();
});

describe('the F1 chain: edited reset template + a shared victim + an admin-triggered reset', () => {
  it('cannot add the victim without their consent: an invitation, no membership, no reset', async () => {
    const added = await call(members.POST, `/api/v1/organizations/${evil.org.id}/members`, {
      method: 'POST',
      token: evilOwner,
      body: { email: victim.email, firstName: 'V', lastName: 'Ictim', roleId: evil.roles.member.id },
      params: { orgId: evil.org.id },
    });
    expect(added.status).toBe(201);
    expect(added.body).not.toHaveProperty('userId');
    expect(await db.membership.count({ where: { organizationId: evil.org.id, userId: victim.id } })).toBe(0);
    expect((await resetOf(victim.id, evilOwner)).status).toBe(404);
  });

  it('cannot wrap the link: {{link}} and links of its own are refused in the reset template', async () => {
    const put = (body: string) =>
      call(template.PUT, `/api/v1/organizations/${evil.org.id}/email-templates/password_reset`, {
        method: 'PUT',
        token: evilOwner,
        body: { subject: 'Reset', body },
        params: { orgId: evil.org.id, code: 'password_reset' },
      });
    expect((await put('Click https://evil.example/steal?u={{link}}')).status).toBe(422);
    expect((await put('Click https://evil.example/steal')).status).toBe(422);
    const wording = await put('Evil Corp says hello {{user.firstName}}. Use the button.');
    expect(wording.status).toBe(200);
  });

  it('once the victim has joined, the owner still cannot start their reset; a superadmin can, with the platform mail', async () => {
    const token = await mailedToken(victim.email);
    const joined = await acceptToken({ token }, { token: await tokenFor(victim) });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);

    const refused = await resetOf(victim.id, evilOwner);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/another organization/);
    expect(await db.email.count({ where: { to: victim.email, template: 'password_reset' } })).toBe(0);

    const superadmin = await tokenFor(await makeUser({ superadmin: true }));
    expect((await resetOf(victim.id, superadmin)).status).toBe(202);
    const [mail, ...more] = (await arrived(victim.email)).filter((m) => /password/i.test(m.parsed.subject ?? ''));
    expect(more).toHaveLength(0);
    expect(mail!.parsed.subject).toBe('Reset your Org Admin Portal password');
    expect(mail!.parsed.text).not.toContain('Evil');
    const urls = urlsIn(mail!);
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const url of urls) expect(url).toMatch(new RegExp(`^${APP}/reset-password\\?token=[\\w-]+$`));
  });

  it("the victim's own forgot-password mail has the platform wording too (they are in two orgs)", async () => {
    expect((await post(forgot.POST, '/api/v1/auth/password/forgot', { email: victim.email })).status).toBe(202);
    const mails = (await arrived(victim.email)).filter((m) => /password/i.test(m.parsed.subject ?? ''));
    const latest = mails.at(-1)!;
    expect(mails).toHaveLength(2);
    expect(latest.parsed.text).not.toContain('Evil');
    for (const url of urlsIn(latest)) expect(url.startsWith(`${APP}/reset-password?token=`)).toBe(true);
  });
});

describe('admin-triggered resets', () => {
  it('follow the role hierarchy: an admin cannot reset an owner', async () => {
    const res = await resetOf(evil.owner.id, evilAdmin);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/Only owners/);
    expect(await db.email.count({ where: { to: evil.owner.email, template: 'password_reset' } })).toBe(0);
  });

  it("mail the platform wording even to a person of this org alone, whose own requests get the org's", async () => {
    const member = evil.member;
    expect((await resetOf(member.id, evilAdmin)).status).toBe(202);
    const [byAdmin] = await arrived(member.email);
    expect(byAdmin!.parsed.subject).toBe('Reset your Org Admin Portal password');
    expect(byAdmin!.parsed.text).not.toContain('Evil');

    expect((await post(forgot.POST, '/api/v1/auth/password/forgot', { email: member.email })).status).toBe(202);
    const own = (await arrived(member.email)).at(-1)!;
    expect(own.parsed.text).toContain('Evil Corp says hello Test. Use the button.');
    // The org words it; the link and code are still the platform's.
    const urls = urlsIn(own);
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const url of urls) expect(url).toMatch(new RegExp(`^${APP}/reset-password\\?token=[\\w-]+$`));
    expect(own.parsed.text).toMatch(/Or enter this code: \d{6}/);
  });
});
