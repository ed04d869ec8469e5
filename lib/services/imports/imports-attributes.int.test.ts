import { beforeAll, describe, expect, it } from 'vitest';
import * as attributes from '@/app/api/v1/organizations/[orgId]/attributes/route';
import * as oneImport from '@/app/api/v1/organizations/[orgId]/imports/[importId]/route';
import * as preview from '@/app/api/v1/organizations/[orgId]/imports/preview/route';
import * as member from '@/app/api/v1/organizations/[orgId]/members/[userId]/route';
import { db } from '@/lib/server/db';
import { makeTeam, makeUser, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { importFile, multipartRequest, send, upload } from '@/lib/test/imports';
import { acceptToken, mailedToken } from '@/lib/test/invitations';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let token: string;

const createAttribute = async (body: unknown) => {
  const res = await call(attributes.POST, `/api/v1/organizations/${team.org.id}/attributes`, {
    method: 'POST',
    token,
    body,
    params: { orgId: team.org.id },
  });
  expect(res.status).toBe(201);
};

const readMember = async (userId: string) => {
  const res = await call(member.GET, `/api/v1/organizations/${team.org.id}/members/${userId}`, {
    token,
    params: { orgId: team.org.id, userId },
  });
  expect(res.status).toBe(200);
  return res.body;
};

beforeAll(async () => {
  team = await makeTeam();
  token = await tokenFor(team.admin);
  await createAttribute({
    key: 'location',
    label: 'Location',
    dataType: 'single_choice',
    options: [
      { value: 'berlin', label: 'Berlin' },
      { value: 'paris', label: 'Paris' },
    ],
  });
  await createAttribute({ key: 'employeeId', label: 'Employee ID', dataType: 'text', required: true });
  await createAttribute({ key: 'level', label: 'Level', dataType: 'number' });
});

describe('an import with attribute columns', () => {
  const tag = uniq();
  let people: Awaited<ReturnType<typeof makeUser>>[];
  let importId: string;
  let csv: string;

  beforeAll(async () => {
    people = await Promise.all(Array.from({ length: 4 }, () => makeUser()));
    const [good, badChoice, noRequired, badNumber] = people as [
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
    ];
    csv = [
      'Email,Location,Employee ID,Level',
      `${good.email},berlin,E-1,3`,
      `${badChoice.email},Mars,E-2,`,
      `${noRequired.email},Paris,,`,
      `new-a-${tag}@example.test,Berlin,E-4,`,
      `new-b-${tag}@example.test,,,`,
      `${badNumber.email},Paris,E-5,abc`,
    ].join('\n');
    importId = await importFile(team.org.id, token, { name: 'attrs.csv', bytes: csv });
  });

  it('keeps the values on the invitation of a person with an account, saved when they accept it', async () => {
    const good = people[0]!;
    expect(await db.membership.count({ where: { organizationId: team.org.id, userId: good.id } })).toBe(0);
    const accepted = await acceptToken({ token: await mailedToken(good.email) }, { token: await tokenFor(good) });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const body = await readMember(good.id);
    expect(body.attributes).toEqual({ location: 'berlin', employeeId: 'E-1', level: 3 });
  });

  it('fails rows with a bad value (the attribute message); required values are asked when people join', async () => {
    const res = await call(oneImport.GET, `/api/v1/organizations/${team.org.id}/imports/${importId}`, {
      token,
      params: { orgId: team.org.id, importId },
    });
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual({ created: 4, added: 0, alreadyMember: 0, failed: 2 });
    const reasons = Object.fromEntries(
      (res.body.rowErrors as { row: number; reason: string }[]).map((e) => [e.row, e.reason]),
    );
    expect(reasons[3]).toBe('Location: Choose one of: Berlin, Paris');
    expect(reasons[4]).toBeUndefined();
    expect(reasons[5]).toBeUndefined();
    expect(reasons[7]).toBe('Level: Enter a number');
    // Failed rows change nothing: no membership, no values.
    const memberships = await db.membership.count({
      where: { organizationId: team.org.id, userId: { in: people.slice(1).map((p) => p.id) } },
    });
    expect(memberships).toBe(0);
    const values = await db.memberAttributeValue.count({ where: { organizationId: team.org.id } });
    expect(values).toBe(3);
    const invitation = await db.invitation.findFirst({
      where: { organizationId: team.org.id, email: `new-b-${tag}@example.test` },
    });
    expect(invitation?.status).toBe('pending');
  });

  it('keeps the values of an invited row on the invitation and saves them when it is accepted', async () => {
    const email = `new-a-${tag}@example.test`;
    const invitation = await db.invitation.findFirstOrThrow({ where: { organizationId: team.org.id, email } });
    expect(invitation.attributes).toEqual({ location: ['berlin'], employeeId: ['E-4'] });
    const accepted = await acceptToken({
      token: await mailedToken(email),
      firstName: 'New',
      lastName: 'Person',
      password: `a-long-enough-password-${tag}`,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const body = await readMember(accepted.body.userId);
    expect(body.attributes).toEqual({ location: 'berlin', employeeId: 'E-4' });
  });

  it('the preview detects the attribute columns and shows what would fail', async () => {
    const url = `http://localhost:3000/api/v1/organizations/${team.org.id}/imports/preview`;
    const fresh = await makeUser();
    const file = `Email,Location,Employee ID\n${fresh.email},Mars,E-9\n${fresh.email.replace('@', '+x@')},,\n`;
    const res = await send(preview.POST, multipartRequest(url, { name: 'p.csv', bytes: file }, {}, token), team.org.id);
    expect(res.status).toBe(200);
    expect(res.body.mapping).toEqual({
      Email: 'email',
      Location: 'attributes.location',
      'Employee ID': 'attributes.employeeId',
    });
    expect(res.body.attributes).toContainEqual({
      key: 'employeeId',
      label: 'Employee ID',
      required: true,
      column: 'Employee ID',
    });
    expect(res.body.rows[0]).toMatchObject({
      attributes: { location: 'Mars', employeeId: 'E-9' },
      errors: ['Location: Choose one of: Berlin, Paris'],
      outcome: 'invalid',
    });
    expect(res.body.rows[1]).toMatchObject({ outcome: 'create', errors: [] });
  });

  it('refuses a mapping to an attribute the org does not have (422, nothing queued)', async () => {
    const before = await db.import.count({ where: { organizationId: team.org.id } });
    const res = await upload(
      team.org.id,
      token,
      { name: 'x.csv', bytes: 'Email,Shoe\na@example.test,42\n' },
      { mapping: JSON.stringify({ Email: 'email', Shoe: 'attributes.shoeSize' }) },
    );
    expect(res.status).toBe(422);
    expect(res.body.error.fields.mapping[0]).toMatch(/"shoeSize" is not an active attribute/);
    expect(await db.import.count({ where: { organizationId: team.org.id } })).toBe(before);
  });
});
