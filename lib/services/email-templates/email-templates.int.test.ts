import { beforeAll, describe, expect, it } from 'vitest';
import * as mailbox from '@/app/api/v1/dev/mailbox/route';
import * as one from '@/app/api/v1/organizations/[orgId]/email-templates/[code]/route';
import * as list from '@/app/api/v1/organizations/[orgId]/email-templates/route';
import { db } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';
import { makeTeam, makeUser, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';

let team: Awaited<ReturnType<typeof makeTeam>>;
let token: string;
const path = (code: string) => `/api/v1/organizations/${team.org.id}/email-templates/${code}`;
const put = (code: string, body: unknown, t = token) =>
  call(one.PUT, path(code), { method: 'PUT', token: t, body, params: { orgId: team.org.id, code } });

beforeAll(async () => {
  team = await makeTeam();
  token = await tokenFor(team.admin);
});

describe('e-mail templates API', () => {
  it('lists every template with its variables', async () => {
    const res = await call(list.GET, `/api/v1/organizations/${team.org.id}/email-templates`, {
      token,
      params: { orgId: team.org.id },
    });
    expect(res.status).toBe(200);
    const codes = res.body.data.map((t: { code: string }) => t.code);
    for (const code of [
      'activation',
      'invitation',
      'password_reset',
      'password_changed',
      'account_locked',
      'member_added',
    ]) {
      expect(codes).toContain(code);
    }
    const reset = res.body.data.find((t: { code: string }) => t.code === 'password_reset');
    expect(reset).toMatchObject({ customized: false, actionLabel: 'Choose a new password', security: true });
    expect(reset.variables).not.toContain('link');
    expect(reset.variables).not.toContain('code');
  });

  it('keeps links out of templates: {{link}} is no variable, and security mails refuse links of their own', async () => {
    const link = await put('invitation', { subject: 'Join', body: 'Accept: {{link}}' });
    expect(link.status).toBe(422);
    expect(link.body.error.fields.body[0]).toMatch(/the platform adds the button, its link and any code/);
    for (const body of ['Reset at https://evil.example/reset', 'Go to www.evil.example', 'See evil.example/reset']) {
      const res = await put('password_reset', { subject: 'Reset', body });
      expect(res.status, body).toBe(422);
      expect(res.body.error.fields.body[0]).toMatch(/cannot carry links/);
    }
    // An ordinary template may mention a website; its action link is still the platform's.
    expect((await put('invitation', { subject: 'Join', body: 'See https://acme.example first.' })).status).toBe(200);
    await call(one.DELETE, path('invitation'), {
      method: 'DELETE',
      token,
      params: { orgId: team.org.id, code: 'invitation' },
    });
  });

  it('saves an override that later mails use, and resets to the default', async () => {
    const saved = await put('invitation_accepted', {
      subject: '{{org.password}} notice',
      body: 'Hi {{user.firstName}}',
    });
    expect(saved.status).toBe(422);
    expect(saved.body.error.fields.subject).toEqual(['Unknown variable: {{org.password}}']);

    const ok = await put('invitation_accepted', { subject: 'Acme notice', body: 'Hi {{user.firstName}}, done.' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ customized: true, subject: 'Acme notice' });

    const to = `t-${uniq()}@example.test`;
    const id = await db.$transaction((tx) =>
      queueEmail(tx, {
        to,
        template: 'invitation_accepted',
        wording: { org: team.org.id },
        action: { path: '/o/acme/invitations' },
        vars: { 'user.firstName': 'Bo' },
      }),
    );
    expect(await db.email.findUniqueOrThrow({ where: { id } })).toMatchObject({
      subject: 'Acme notice',
      text: 'Hi Bo, done.\n\nSee your invitations:\nhttp://localhost:3000/o/acme/invitations',
    });

    const reset = await call(one.DELETE, path('invitation_accepted'), {
      method: 'DELETE',
      token,
      params: { orgId: team.org.id, code: 'invitation_accepted' },
    });
    expect(reset.status).toBe(200);
    expect(reset.body).toMatchObject({ customized: false, subject: '{{member.name}} joined {{org.name}}' });
    const audit = await db.auditLog.findMany({
      where: { organizationId: team.org.id, targetType: 'email_template', targetId: 'invitation_accepted' },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(['email_template.reset', 'email_template.update']);
  });

  it('refuses unknown codes, empty fields and members', async () => {
    // A code that names no template is a path that names nothing: 404 (issue 16).
    expect((await put('nope', { subject: 'a', body: 'b' })).status).toBe(404);
    const empty = await put('activation', { subject: ' ', body: '' });
    expect(Object.keys(empty.body.error.fields).sort()).toEqual(['body', 'subject']);
    expect((await put('activation', { subject: 'a', body: 'b' }, await tokenFor(team.member))).status).toBe(403);
  });
});

describe('dev mailbox API', () => {
  it('shows superadmins every message, newest first, and nobody else', async () => {
    const to = `mb-${uniq()}@example.test`;
    for (const template of ['password_changed', 'signup_attempt'] as const) {
      await db.$transaction((tx) => queueEmail(tx, { to, template, vars: {} }));
    }
    const superadmin = await tokenFor(await makeUser({ superadmin: true }));
    const res = await call(mailbox.GET, `/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`, { token: superadmin });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.data.map((m: { template: string }) => m.template)).toEqual(['signup_attempt', 'password_changed']);
    expect((await call(mailbox.GET, '/api/v1/dev/mailbox', { token })).status).toBe(404);
    expect((await call(mailbox.GET, '/api/v1/dev/mailbox')).status).toBe(401);
  });

  it('is off while SMTP_URL is set, and in production unless DEV_MAILBOX=on', async () => {
    const superadmin = await tokenFor(await makeUser({ superadmin: true }));
    const list = async () => (await call(mailbox.GET, '/api/v1/dev/mailbox', { token: superadmin })).status;
    const saved = { mailbox: process.env.DEV_MAILBOX, env: process.env.NODE_ENV };
    const env = process.env as Record<string, string | undefined>;
    try {
      process.env.SMTP_URL = 'smtp://127.0.0.1:1';
      expect(await list()).toBe(404);
      delete process.env.SMTP_URL;
      env.NODE_ENV = 'production';
      delete process.env.DEV_MAILBOX;
      expect(await list()).toBe(404);
      process.env.DEV_MAILBOX = 'on';
      expect(await list()).toBe(200);
      env.NODE_ENV = 'development';
      delete process.env.DEV_MAILBOX;
      expect(await list()).toBe(200);
    } finally {
      delete process.env.SMTP_URL;
      env.NODE_ENV = saved.env;
      if (saved.mailbox === undefined) delete process.env.DEV_MAILBOX;
      else process.env.DEV_MAILBOX = saved.mailbox;
    }
  });
});
