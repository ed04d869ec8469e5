import { beforeAll, describe, expect, it } from 'vitest';
import * as preview from '@/app/api/v1/organizations/[orgId]/imports/preview/route';
import * as imports from '@/app/api/v1/organizations/[orgId]/imports/route';
import { db } from '@/lib/server/db';
import { addMember, makeTeam, makeUser, tokenFor, uniq } from '@/lib/test/factories';
import { multipartRequest, send, upload } from '@/lib/test/imports';
import { makeXlsx, makeZip, xlsxSkeleton } from './test-files';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let token: string;
const url = () => `http://localhost:3000/api/v1/organizations/${team.org.id}/imports`;

beforeAll(async () => {
  team = await makeTeam();
  token = await tokenFor(team.admin);
});

/** A multipart body of `size` bytes of CSV, generated as it is read, without a Content-Length. */
function streamedUpload(size: number): Request {
  const boundary = 'xxBOUNDARYxx';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\n\r\nemail\r\n`;
  const line = Buffer.from('someone@example.test\r\n'.repeat(3000));
  let sent = 0;
  let stage = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === 0) {
        controller.enqueue(Buffer.from(head));
        stage = 1;
      } else if (sent < size) {
        controller.enqueue(line);
        sent += line.length;
      } else {
        controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
        controller.close();
      }
    },
  });
  return new Request(url(), {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    duplex: 'half',
  } as RequestInit);
}

describe('upload checks', () => {
  it('answers 413 for a file over the limit while streaming it, keeping nothing', async () => {
    const before = await db.import.count({ where: { organizationId: team.org.id } });
    const res = await send(imports.POST, streamedUpload(21 * 1024 * 1024), team.org.id);
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'payload_too_large', message: 'The file is larger than 20 MB' });
    expect(await db.import.count({ where: { organizationId: team.org.id } })).toBe(before);
    const declared = multipartRequest(url(), { name: 'a.csv', bytes: 'email\n' }, {}, token);
    declared.headers.set('content-length', String(200 * 1024 * 1024));
    expect((await send(imports.POST, declared, team.org.id)).status).toBe(413);
  });

  it('answers 415 for a PNG renamed .csv, a non-multipart body, Latin-1 text and an .xls file', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5000, 1)]);
    const res = await upload(team.org.id, token, { name: 'people.csv', bytes: png });
    expect(res.status).toBe(415);
    expect(res.body.error.message).toBe('The file is a PNG image, not a CSV or XLSX file');
    const json = new Request(url(), {
      method: 'POST',
      body: '{}',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    expect((await send(imports.POST, json, team.org.id)).status).toBe(415);
    const latin1 = Buffer.from('email,name\nzo\xeb@x.test,Zo\xeb\n', 'latin1');
    expect((await upload(team.org.id, token, { name: 'l.csv', bytes: latin1 })).body.error.message).toMatch(/UTF-8/);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    expect((await upload(team.org.id, token, { name: 'old.xls', bytes: xls })).status).toBe(415);
  });

  it('refuses a zip bomb disguised as .xlsx before parsing it', async () => {
    const sheet = { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(100), declaredSize: 4_000_000_000 };
    const bomb = makeZip([...xlsxSkeleton(), sheet]);
    const res = await upload(team.org.id, token, { name: 'people.xlsx', bytes: bomb });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/expands to more than .* zip bomb/);
    const liar = makeZip([...xlsxSkeleton(), { ...sheet, data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 100 }]);
    const lied = await upload(team.org.id, token, { name: 'people.xlsx', bytes: liar });
    expect(lied.status).toBe(413);
    expect(lied.body.error.message).toMatch(/inflates beyond its declared size/);
  });

  it('needs a file, an e-mail column, a valid mapping and options of this org (422)', async () => {
    const none = await send(imports.POST, multipartRequest(url(), null, { dryRun: 'true' }, token), team.org.id);
    expect(none.status).toBe(422);
    expect(none.body.error.fields).toEqual({ file: ['Choose a CSV or XLSX file'] });
    const noEmail = await upload(team.org.id, token, { name: 'n.csv', bytes: 'name,phone\nAnn,1\n' });
    expect(noEmail.body.error.fields.mapping[0]).toMatch(/No column holds e-mail/);
    const wrongColumn = await upload(
      team.org.id,
      token,
      { name: 'w.csv', bytes: 'mail\na@x.test\n' },
      { mapping: JSON.stringify({ Email: 'email' }) },
    );
    expect(wrongColumn.body.error.fields.mapping).toEqual(['The file has no column "Email"']);
    const badJson = await upload(team.org.id, token, { name: 'b.csv', bytes: 'email\n' }, { mapping: '{' });
    expect(badJson.body.error.fields.mapping[0]).toMatch(/JSON/);
    const role = await upload(team.org.id, token, { name: 'r.csv', bytes: 'email\n' }, { defaultRoleId: 'nope' });
    expect(role.body.error.fields).toEqual({ defaultRoleId: ['Choose a role of this organization'] });
  });

  it('lets a member without imports.create do nothing (403)', async () => {
    const res = await upload(team.org.id, await tokenFor(team.member), { name: 'a.csv', bytes: 'email\n' });
    expect(res.status).toBe(403);
  });
});

describe('preview', () => {
  it('shows headers, the detected mapping, per-row problems and what each row would do', async () => {
    const member = await makeUser();
    await addMember(team, member, 'member');
    const outsider = await makeUser();
    const tag = uniq();
    const csv = [
      'E-mail address;First name;Department;Role',
      `new-${tag}@example.test;New;;`,
      `${member.email};Mem;;`,
      `${outsider.email};Out;;`,
      'broken;Bad;;',
      `new-${tag}@example.test;Again;;`,
      `other-${tag}@example.test;Dep;Nowhere ${tag};Wizard`,
      `formula-${tag}@example.test;=HYPERLINK("x");;`,
    ].join('\r\n');
    const req = multipartRequest(`${url()}/preview`, { name: 'p.csv', bytes: csv }, {}, token);
    const res = await send(preview.POST, req, team.org.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      fileType: 'csv',
      headers: ['E-mail address', 'First name', 'Department', 'Role'],
      mapping: { 'E-mail address': 'email', 'First name': 'firstName', Department: 'department', Role: 'role' },
      totalRows: 7,
      validRows: 4,
      // The member's row is valid but skipped: the page shows 4 - 1 ready.
      alreadyMemberRows: 1,
      flaggedRows: 1,
      invalidRows: 3,
      duplicateRows: 1,
      missingDepartments: [`Nowhere ${tag}`],
      unknownRoles: ['Wizard'],
    });
    expect(res.body.rows.map((r: { outcome: string }) => r.outcome)).toEqual([
      'create',
      'alreadyMember',
      // An outsider with an account is invited like anyone new: the preview does not tell who has an account.
      'create',
      'invalid',
      'invalid',
      'invalid',
      'create',
    ]);
    expect(res.body.flagged).toEqual([res.body.rows[6]]);
    expect(res.body.flagged[0]).toMatchObject({
      row: 8,
      errors: [],
      warnings: ['First name "=HYPERLINK("x")" starts with "=", like a spreadsheet formula: check the cell'],
    });
    expect(res.body.problems[0]).toMatchObject({ row: 5, errors: ['"broken" is not a valid e-mail address'] });
    expect(res.body.problems[2].errors).toEqual(['Unknown role "Wizard"', `Unknown department "Nowhere ${tag}"`]);

    const create = multipartRequest(
      `${url()}/preview`,
      { name: 'p.csv', bytes: csv },
      { createMissingDepartments: 'true' },
      token,
    );
    const withCreate = await send(preview.POST, create, team.org.id);
    expect(withCreate.body.problems[2].errors).toEqual(['Unknown role "Wizard"']);
    expect(await db.department.count({ where: { name: `Nowhere ${tag}` } })).toBe(0);
  });

  it('previews an XLSX file the same way', async () => {
    const xlsx = await makeXlsx([
      ['Email', 'Last name'],
      ['a@x.test', 'A'],
      ['b@', 'B'],
    ]);
    const req = multipartRequest(`${url()}/preview`, { name: 'p.xlsx', bytes: xlsx }, {}, token);
    const res = await send(preview.POST, req, team.org.id);
    expect(res.body).toMatchObject({ fileType: 'xlsx', totalRows: 2, validRows: 1 });
    expect(res.body.rows[1]).toMatchObject({ row: 3, values: { email: 'b@', lastName: 'B' }, outcome: 'invalid' });
  });
});
