import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import * as template from '@/app/api/v1/imports/template.csv/route';
import * as errorsCsv from '@/app/api/v1/organizations/[orgId]/imports/[importId]/errors.csv/route';
import * as oneImport from '@/app/api/v1/organizations/[orgId]/imports/[importId]/route';
import * as imports from '@/app/api/v1/organizations/[orgId]/imports/route';
import { renderMail } from '@/lib/mail/render';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { addMember, makeTeam, makeUser, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { importFile } from '@/lib/test/imports';
import { makeXlsx } from './test-files';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let token: string;

beforeAll(async () => {
  team = await makeTeam();
  token = await tokenFor(team.admin);
});

async function csvText(importId: string) {
  const res = await errorsCsv.GET(
    new Request(`http://localhost:3000/api/v1/organizations/${team.org.id}/imports/${importId}/errors.csv`, {
      headers: { authorization: `Bearer ${token}` },
    }),
    { params: Promise.resolve({ orgId: team.org.id, importId }) },
  );
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/csv/);
  return res.text();
}

const detail = async (importId: string) =>
  call(oneImport.GET, `/api/v1/organizations/${team.org.id}/imports/${importId}`, {
    token,
    params: { orgId: team.org.id, importId },
  });

describe('a 1,000-row CSV with 10 bad e-mails, 5 duplicates and 5 existing members', () => {
  let importId: string;
  const tag = uniq();
  const newEmail = (i: number) => `new-${tag}-${i}@example.test`;

  let members: Awaited<ReturnType<typeof makeUser>>[];
  beforeAll(async () => {
    members = await Promise.all(Array.from({ length: 5 }, () => makeUser()));
    for (const m of members) await addMember(team, m, 'member');
    const outsiders = await Promise.all(Array.from({ length: 10 }, () => makeUser()));
    const lines = ['Email;First name;Last name;Role;Department'];
    for (let i = 0; i < 970; i++) lines.push(`${newEmail(i)};New;Person ${i};member;`);
    for (const u of outsiders) lines.push(`${u.email.toUpperCase()};Out;Sider;;`);
    for (const m of members) lines.push(`${m.email};Already;There;;`);
    for (let i = 0; i < 9; i++) lines.push(`not-an-email-${i};Bad;Row;;`);
    lines.push(`=HYPERLINK("http://evil.test");Formula;Row;;`);
    for (let i = 0; i < 5; i++) lines.push(`${newEmail(i * 7)};Dupe;Row;;`);
    importId = await importFile(team.org.id, token, { name: 'people.csv', bytes: `${lines.join('\n')}\n` });
  });

  it('invites 980 (the 10 with accounts too), 5 already members and 15 failed rows with reasons', async () => {
    const res = await detail(importId);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: importId,
      status: 'completed',
      fileName: 'people.csv',
      totalRows: 1000,
      processedRows: 1000,
      counts: { created: 980, added: 0, alreadyMember: 5, failed: 15 },
    });
    expect(res.body.rowErrors).toHaveLength(15);
    for (const e of res.body.rowErrors) expect(e.reason).not.toBe('');
    expect(res.body.rowErrors.filter((e: { reason: string }) => /Duplicate of row/.test(e.reason))).toHaveLength(5);
    // The five members are listed as skipped, at their rows (981-985 of the file, after the header), with why.
    expect(res.body.skippedRows).toEqual(
      members.map((m, i) => ({ row: 982 + i, email: m.email, reason: 'Already a member' })),
    );
  });

  it('invited everyone, people with an account too (nobody joined without accepting), and queued the e-mails', async () => {
    const invitations = await db.invitation.count({
      where: { organizationId: team.org.id, email: { startsWith: `new-${tag}-` }, status: 'pending' },
    });
    expect(invitations).toBe(970);
    const joined = await db.membership.count({ where: { organizationId: team.org.id, user: { firstName: 'Test' } } });
    expect(joined).toBe(3 + 5);
    const outsiders = await db.invitation.count({
      where: { organizationId: team.org.id, firstName: 'Out', status: 'pending' },
    });
    expect(outsiders).toBe(10);
    const mails = await db.email.count({ where: { organizationId: team.org.id, to: { contains: tag } } });
    expect(mails).toBe(970);
    const batchJobs = await db.job.count({
      where: { queue: 'email-batch', payload: { path: ['emailIds'], array_contains: [] } },
    });
    expect(batchJobs).toBeGreaterThan(0);
  });

  it('lists exactly those 15 rows in errors.csv, with reasons and no live formula', async () => {
    const text = await csvText(importId);
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['Row', 'Email', 'First name', 'Last name', 'Role', 'Department', 'Job title', 'Reason']);
    const rows = parsed.slice(1);
    expect(rows).toHaveLength(15);
    for (const r of rows) expect(r[7]).toMatch(/not a valid e-mail|Duplicate of row/);
    const formula = rows.find((r) => r[1]!.includes('HYPERLINK'));
    expect(formula?.[1]).toBe(`'=HYPERLINK("http://evil.test")`);
    expect(rows.every((r) => !/^[=+\-@]/.test(r[1]!))).toBe(true);
  });

  it('appears in the history, newest first', async () => {
    const res = await call(imports.GET, `/api/v1/organizations/${team.org.id}/imports?q=people`, {
      token,
      params: { orgId: team.org.id },
    });
    expect(res.status).toBe(200);
    expect(res.body.data[0]).toMatchObject({ id: importId, createdBy: { id: team.admin.id } });
  });
});

describe('imports', () => {
  it("writes the e-mails exactly as renderMail renders them, values escaped, the only link the platform's", async () => {
    // An org of its own, whose invitation template names the person (the default one does not).
    const own = await makeTeam();
    const override = {
      subject: 'Welcome {{user.firstName}}',
      body: 'Hello {{user.name}},\n\njoin {{org.name}}: {{link}}',
    };
    await db.emailTemplate.create({
      data: { id: newId(), organizationId: own.org.id, code: 'invitation', ...override },
    });
    const tag = uniq();
    const outsider = await makeUser();
    const csv = [
      'email,first name,last name',
      `"html-${tag}@example.test","<Zoë> & ""Co""","O'Neil\nJr"`,
      `${outsider.email},,`,
      `linky-${tag}@example.test,see http://evil.test,`,
    ].join('\n');
    const id = await importFile(own.org.id, await tokenFor(own.admin), { name: 'mail.csv', bytes: csv });
    const row = await db.import.findUniqueOrThrow({ where: { id } });
    expect([row.createdCount, row.addedCount]).toEqual([3, 0]);
    const admin = await db.user.findUniqueOrThrow({ where: { id: own.admin.id } });
    const vars = {
      'app.name': 'Org Admin Portal',
      'org.name': own.org.name,
      'inviter.name': `${admin.firstName} ${admin.lastName}`,
      expiresIn: '7 days',
    };
    const people = [
      { to: `html-${tag}@example.test`, name: `<Zoë> & "Co" O'Neil\nJr`, first: '<Zoë> & "Co"' },
      { to: outsider.email, name: outsider.email, first: '' },
      { to: `linky-${tag}@example.test`, name: 'see http://evil.test', first: 'see http://evil.test' },
    ];
    for (const p of people) {
      const mail = await db.email.findFirstOrThrow({ where: { to: p.to, template: 'invitation' } });
      const link = mail.text.match(/http:\/\/localhost:3000\/invite\/inv_\S+/)?.[0];
      expect(link, mail.text).toBeDefined();
      const expected = renderMail(
        'invitation',
        override,
        { ...vars, 'user.name': p.name, 'user.firstName': p.first, 'user.email': p.to },
        { url: link! },
      );
      expect({ subject: mail.subject, text: mail.text, html: mail.html }).toEqual(expected);
      // The only link in the mail is the platform's: a name that looks like one stays text.
      expect(mail.html.match(/href="[^"]+"/g)).toEqual([`href="${link}"`]);
    }
    const html = await db.email.findFirstOrThrow({ where: { to: people[0]!.to } });
    expect(html.html).toContain('&lt;Zoë&gt; &amp; &quot;Co&quot; O&#39;Neil<br>Jr');
    expect(await db.membership.count({ where: { organizationId: own.org.id, userId: outsider.id } })).toBe(0);
  });

  it('import an XLSX file with a custom mapping, default department and created departments', async () => {
    const dept = await db.department.create({
      data: { id: newId(), organizationId: team.org.id, name: `Default ${uniq()}` },
    });
    const tag = uniq();
    const xlsx = await makeXlsx([
      ['Work e-mail', 'Given', 'Family', 'Team'],
      [`x1-${tag}@example.test`, 'Xa', 'One', `Brand New ${tag}`],
      [`x2-${tag}@example.test`, 'Xb', 'Two', null],
      [`x3-${tag}@example.test`, 'Xc', 'Three', 'Ghost'],
    ]);
    const id = await importFile(
      team.org.id,
      token,
      { name: 'people.xlsx', bytes: xlsx, type: 'application/octet-stream' },
      {
        mapping: JSON.stringify({ 'Work e-mail': 'email', Given: 'firstName', Family: 'lastName', Team: 'department' }),
        defaultDepartmentId: dept.id,
        createMissingDepartments: 'true',
        sendInvitations: 'false',
      },
    );
    const res = await detail(id);
    expect(res.body).toMatchObject({ status: 'completed', totalRows: 3, counts: { created: 3, failed: 0 } });
    const invites = await db.invitation.findMany({
      where: { organizationId: team.org.id, email: { contains: tag } },
      select: { email: true, firstName: true, department: { select: { name: true } } },
      orderBy: { email: 'asc' },
    });
    expect(invites.map((i) => [i.firstName, i.department?.name])).toEqual([
      ['Xa', `Brand New ${tag}`],
      ['Xb', dept.name],
      ['Xc', 'Ghost'],
    ]);
    expect(await db.email.count({ where: { to: { contains: tag } } })).toBe(0);
  });

  it('refuses roles the importer may not give and roles that do not exist, row by row', async () => {
    const other = await makeTeam();
    const tag = uniq();
    const csv = `email,role\nr1-${tag}@example.test,owner\nr2-${tag}@example.test,Wizard\nr3-${tag}@example.test,Admin\n`;
    const id = await importFile(other.org.id, await tokenFor(other.admin), { name: 'roles.csv', bytes: csv });
    const row = await db.import.findUniqueOrThrow({ where: { id } });
    expect([row.createdCount, row.failedCount]).toEqual([1, 2]);
    const reasons = await db.importRow.findMany({
      where: { importId: id, status: 'failed' },
      orderBy: { rowNumber: 'asc' },
    });
    expect(reasons.map((r) => r.reason)).toEqual(['You cannot give the Owner role', 'Unknown role "Wizard"']);
  });

  it('counts a pending invitation as already a member and replaces an expired one; a dry run changes nothing', async () => {
    const tag = uniq();
    const pending = `pending-${tag}@example.test`;
    const expired = `expired-${tag}@example.test`;
    for (const [email, days] of [
      [pending, 3],
      [expired, -1],
    ] as const) {
      await db.invitation.create({
        data: {
          id: newId(),
          organizationId: team.org.id,
          email,
          roleId: team.roles.member.id,
          tokenHash: `hash-${newId()}`,
          expiresAt: new Date(Date.now() + days * 86_400_000),
        },
      });
    }
    const csv = `email\n${pending}\n${expired}\nfresh-${tag}@example.test\n`;
    const dry = await importFile(team.org.id, token, { name: 'dry.csv', bytes: csv }, { dryRun: 'true' });
    expect((await detail(dry)).body).toMatchObject({ dryRun: true, counts: { created: 2, alreadyMember: 1 } });
    expect(await db.invitation.count({ where: { email: { contains: tag } } })).toBe(2);

    const id = await importFile(team.org.id, token, { name: 'real.csv', bytes: csv });
    expect((await detail(id)).body.counts).toEqual({ created: 2, added: 0, alreadyMember: 1, failed: 0 });
    const rows = await db.invitation.findMany({
      where: { email: { contains: tag } },
      select: { email: true, status: true },
    });
    expect(
      rows
        .filter((r) => r.email === expired)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['expired', 'pending']);
  });

  it("hides another org's import (404) and serves the template to any signed-in user", async () => {
    const other = await makeTeam();
    const id = await importFile(other.org.id, await tokenFor(other.admin), { name: 'o.csv', bytes: 'email\n' });
    expect((await detail(id)).status).toBe(404);
    const res = await template.GET(
      new Request('http://localhost:3000/api/v1/imports/template.csv', {
        headers: { authorization: `Bearer ${token}` },
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(200);
    expect((await res.text()).split('\r\n')[0]).toBe('Email,First name,Last name,Role,Department,Job title');
  });
});
