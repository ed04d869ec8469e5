import { beforeAll, describe, expect, it } from 'vitest';
import * as adminValue from '@/app/api/v1/admin/attributes/[id]/options/[optionId]/route';
import * as adminValues from '@/app/api/v1/admin/attributes/[id]/options/route';
import * as adminList from '@/app/api/v1/admin/attributes/route';
import * as me from '@/app/api/v1/me/route';
import * as value from '@/app/api/v1/organizations/[orgId]/attributes/[id]/options/[optionId]/route';
import * as values from '@/app/api/v1/organizations/[orgId]/attributes/[id]/options/route';
import * as one from '@/app/api/v1/organizations/[orgId]/attributes/[id]/route';
import * as inherit from '@/app/api/v1/organizations/[orgId]/attributes/inherit/route';
import * as list from '@/app/api/v1/organizations/[orgId]/attributes/route';
import * as invitations from '@/app/api/v1/organizations/[orgId]/invitations/route';
import * as member from '@/app/api/v1/organizations/[orgId]/members/[userId]/route';
import * as members from '@/app/api/v1/organizations/[orgId]/members/route';
import { db } from '@/lib/server/db';
import { loadAttributes } from '@/lib/services/attributes/effective';
import { getAttributeDefinitions } from '@/lib/services/attributes/member-values';
import { makeTeam, makeUser, PASSWORD, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { acceptToken, mailedToken } from '@/lib/test/invitations';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let other: Team;
let adminToken: string;
let memberToken: string;
let otherToken: string;
let superToken: string;

const base = (orgId = team.org.id) => `/api/v1/organizations/${orgId}/attributes`;
const create = (body: unknown, token = adminToken, orgId = team.org.id) =>
  call(list.POST, base(orgId), { method: 'POST', token, body, params: { orgId } });
const patch = (id: string, body: unknown, token = adminToken, orgId = team.org.id) =>
  call(one.PATCH, `${base(orgId)}/${id}`, { method: 'PATCH', token, body, params: { orgId, id } });
const read = (id: string, token = adminToken, orgId = team.org.id) =>
  call(one.GET, `${base(orgId)}/${id}`, { token, params: { orgId, id } });
/** Adds a new person with a temporary password; on 201 the body is the member as GET …/members/{id} reads it. */
async function addPerson(attributes: unknown, orgId = team.org.id, roleId = team.roles.member.id, token = adminToken) {
  const email = `p-${uniq()}@example.test`;
  const res = await call(members.POST, `/api/v1/organizations/${orgId}/members`, {
    method: 'POST',
    token,
    params: { orgId },
    body: {
      email,
      firstName: 'Pat',
      lastName: `Person ${uniq()}`,
      roleId,
      temporaryPassword: `${PASSWORD}-${uniq()}`,
      attributes,
    },
  });
  if (res.status !== 201) return res;
  // The reply never holds the member (it reads the same whether the address had an account): read it.
  const { id: userId } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const got = await call(member.GET, `/api/v1/organizations/${orgId}/members/${userId}`, {
    token,
    params: { orgId, userId },
  });
  return { ...got, status: res.status };
}
const listMembers = (query: string, orgId = team.org.id, token = adminToken) =>
  call(members.GET, `/api/v1/organizations/${orgId}/members?${query}`, { token, params: { orgId } });

let location: { id: string; options: { id: string; value: string }[] };

/** The one-query definitions (used by filters and forms) agree with the attributes API's inheritance rule. */
async function expectDefinitionsAgree(orgId: string) {
  const effective = (await loadAttributes(db, orgId)).filter((a) => a.status === 'active');
  for (const withInactiveValues of [false, true]) {
    expect(await getAttributeDefinitions(orgId, db, { withInactiveValues })).toEqual(
      effective.map((a) => ({
        id: a.id,
        key: a.key,
        label: a.label,
        dataType: a.dataType,
        required: a.required,
        selfEditable: a.selfEditable,
        filterable: a.filterable,
        options: a.options
          .filter((o) => withInactiveValues || o.status === 'active')
          .map((o) => ({ value: o.value, label: o.label })),
      })),
    );
  }
}

beforeAll(async () => {
  [team, other] = await Promise.all([makeTeam(), makeTeam()]);
  const superadmin = await makeUser({ superadmin: true });
  [adminToken, memberToken, otherToken, superToken] = await Promise.all([
    tokenFor(team.admin),
    tokenFor(team.member),
    tokenFor(other.admin),
    tokenFor(superadmin),
  ]);
  const loc = await create({
    key: 'location',
    label: 'Location',
    dataType: 'single_choice',
    filterable: true,
    selfEditable: true,
    options: [
      { value: 'berlin', label: 'Berlin' },
      { value: 'paris', label: 'Paris' },
      { value: 'lisbon', label: 'Lisbon' },
    ],
  });
  expect(loc.status).toBe(201);
  location = loc.body;
  const emp = await create({ key: 'employeeId', label: 'Employee ID', dataType: 'text', required: true });
  expect(emp.status).toBe(201);
});

describe('org attributes', () => {
  it('creates a choice attribute with its values, audited', async () => {
    expect(location).toMatchObject({ key: 'location', dataType: 'single_choice', inherited: null });
    expect(location.options.map((o) => o.value)).toEqual(['berlin', 'paris', 'lisbon']);
    const listed = await call(list.GET, base(), { token: memberToken, params: { orgId: team.org.id } });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((a: { key: string }) => a.key)).toEqual(['location', 'employeeId']);
    const entry = await db.auditLog.findFirst({ where: { targetId: location.id, action: 'attribute.create' } });
    expect(entry?.actorUserId).toBe(team.admin.id);
  });

  it('refuses bad definitions, duplicate keys and members writing, changing nothing', async () => {
    const before = await db.attribute.count({ where: { organizationId: team.org.id } });
    const badKey = await create({ key: 'Employee ID', label: 'X', dataType: 'text' });
    expect(badKey.status).toBe(422);
    expect(badKey.body.error.fields.key[0]).toMatch(/lower-case letter/);
    const optionsOnText = await create({
      key: 'nick',
      label: 'Nick',
      dataType: 'text',
      options: [{ value: 'a', label: 'A' }],
    });
    expect(optionsOnText.body.error.fields.options).toBeDefined();
    const dup = await create({ key: 'location', label: 'Again', dataType: 'text' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.fields.key[0]).toMatch(/already exists/);
    expect((await create({ key: 'nick', label: 'Nick', dataType: 'text' }, memberToken)).status).toBe(403);
    expect((await patch(location.id, { label: 'Mine' }, memberToken)).status).toBe(403);
    const addValue = await call(values.POST, `${base()}/${location.id}/options`, {
      method: 'POST',
      token: memberToken,
      body: { value: 'rome', label: 'Rome' },
      params: { orgId: team.org.id, id: location.id },
    });
    expect(addValue.status).toBe(403);
    expect(await db.attribute.count({ where: { organizationId: team.org.id } })).toBe(before);
  });

  it("answers 404 for another org's attributes", async () => {
    expect((await read(location.id, otherToken, other.org.id)).status).toBe(404);
    expect((await read(location.id, otherToken)).status).toBe(404);
    expect((await patch(location.id, { label: 'Stolen' }, otherToken, other.org.id)).status).toBe(404);
    expect((await call(list.GET, base(), { token: otherToken, params: { orgId: team.org.id } })).status).toBe(404);
    expect((await read(location.id)).body.label).toBe('Location');
  });
});

describe('members with attributes', () => {
  it('requires the Employee ID when adding a member', async () => {
    const before = await db.membership.count({ where: { organizationId: team.org.id } });
    const res = await addPerson({ location: 'berlin' });
    expect(res.status).toBe(422);
    expect(res.body.error.fields['attributes.employeeId']).toEqual(['Employee ID is required']);
    const wrong = await addPerson({ employeeId: 'E-1', location: 'madrid' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields['attributes.location'][0]).toMatch(/Choose one of: Berlin, Paris, Lisbon/);
    const unknown = await addPerson({ employeeId: 'E-1', shoeSize: 42 });
    expect(unknown.body.error.fields['attributes.shoeSize']).toEqual(['Unknown attribute']);
    expect(await db.membership.count({ where: { organizationId: team.org.id } })).toBe(before);
  });

  it('saves, reads, updates and filters by attribute values', async () => {
    const a = await addPerson({ employeeId: 'E-100', location: 'Berlin' });
    expect(a.status).toBe(201);
    expect(a.body.attributes).toEqual({ employeeId: 'E-100', location: 'berlin' });
    const b = await addPerson({ employeeId: 'E-101', location: 'paris' });
    expect(b.status).toBe(201);

    const got = await call(member.GET, `/api/v1/organizations/${team.org.id}/members/${a.body.userId}`, {
      token: memberToken,
      params: { orgId: team.org.id, userId: a.body.userId },
    });
    expect(got.body.attributes).toEqual({ employeeId: 'E-100', location: 'berlin' });

    const berlin = await listMembers('attr.location=berlin&include=attributes');
    expect(berlin.status).toBe(200);
    expect(berlin.body.data.map((m: { userId: string }) => m.userId)).toEqual([a.body.userId]);
    expect(berlin.body.data[0].attributes.location).toBe('berlin');
    expect(berlin.body.total).toBe(1);
    const sorted = await listMembers('attr.location=paris&sort=-role');
    expect(sorted.body.data.map((m: { userId: string }) => m.userId)).toEqual([b.body.userId]);
    expect((await listMembers('')).body.data[0].attributes).toBeUndefined();

    const notFilterable = await listMembers('attr.employeeId=E-100');
    expect(notFilterable.status).toBe(422);
    expect(notFilterable.body.error.fields['attr.employeeId']).toEqual(['Not a filterable attribute']);
    expect((await listMembers('attr.nope=1')).status).toBe(422);

    const path = `/api/v1/organizations/${team.org.id}/members/${a.body.userId}`;
    const params = { orgId: team.org.id, userId: a.body.userId };
    const moved = await call(member.PATCH, path, {
      method: 'PATCH',
      token: adminToken,
      params,
      body: { attributes: { location: 'lisbon' } },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.attributes).toEqual({ employeeId: 'E-100', location: 'lisbon' });
    const cleared = await call(member.PATCH, path, {
      method: 'PATCH',
      token: adminToken,
      params,
      body: { attributes: { employeeId: null } },
    });
    expect(cleared.status).toBe(422);
    expect(cleared.body.error.fields['attributes.employeeId']).toEqual(['Employee ID is required']);
    expect((await listMembers('attr.location=berlin')).body.total).toBe(0);
    expect((await listMembers('attr.location=lisbon')).body.total).toBe(1);
    const update = await db.auditLog.findFirst({
      where: { organizationId: team.org.id, targetId: a.body.userId, action: 'member.update' },
    });
    expect(update?.before).toEqual({ attributes: { location: 'berlin' } });
    expect(update?.after).toEqual({ attributes: { location: 'lisbon' } });
  });

  it('keeps the values on an invitation and gives them to the member who accepts it', async () => {
    const email = `inv-${uniq()}@example.test`;
    const person = { email, firstName: 'Ivy', lastName: 'Invited', roleId: team.roles.member.id };
    const bad = await call(invitations.POST, `/api/v1/organizations/${team.org.id}/invitations`, {
      method: 'POST',
      token: adminToken,
      params: { orgId: team.org.id },
      body: { ...person, attributes: { location: 'madrid' } },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields['attributes.location'][0]).toMatch(/Choose one of/);
    expect(await db.invitation.count({ where: { organizationId: team.org.id, email } })).toBe(0);

    // Added without a temporary password, a new person is invited, values and all.
    const invited = await call(members.POST, `/api/v1/organizations/${team.org.id}/members`, {
      method: 'POST',
      token: adminToken,
      params: { orgId: team.org.id },
      body: { ...person, attributes: { employeeId: 'E-300', location: 'Berlin' } },
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    expect(invited.body.invitationId).toBeTruthy();
    const accepted = await acceptToken({
      token: await mailedToken(email),
      firstName: 'Ivy',
      lastName: 'Invited',
      password: `${PASSWORD}-${uniq()}`,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const got = await call(member.GET, `/api/v1/organizations/${team.org.id}/members/${accepted.body.userId}`, {
      token: adminToken,
      params: { orgId: team.org.id, userId: accepted.body.userId },
    });
    expect(got.body.attributes).toEqual({ employeeId: 'E-300', location: 'berlin' });
    const joined = await db.auditLog.findFirst({
      where: { organizationId: team.org.id, targetId: accepted.body.userId, action: 'member.join' },
    });
    expect(joined?.after).toMatchObject({ attributes: { employeeId: 'E-300', location: 'berlin' } });
  });

  it('refuses to delete a value members hold (409) and lets it be deactivated instead', async () => {
    const held = await addPerson({ employeeId: 'E-200', location: 'paris' });
    expect(held.status).toBe(201);
    const paris = location.options.find((o) => o.value === 'paris')!;
    const params = { orgId: team.org.id, id: location.id, optionId: paris.id };
    const path = `${base()}/${location.id}/options/${paris.id}`;
    const refused = await call(value.DELETE, path, { method: 'DELETE', token: adminToken, params });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/Deactivate it instead/);
    const deactivated = await call(value.PATCH, path, {
      method: 'PATCH',
      token: adminToken,
      params,
      body: { status: 'inactive' },
    });
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.status).toBe('inactive');
    // Members keep it; it can no longer be chosen.
    expect((await listMembers('attr.location=paris&include=attributes')).body.total).toBeGreaterThan(0);
    expect((await addPerson({ employeeId: 'E-201', location: 'paris' })).status).toBe(422);
    await expectDefinitionsAgree(team.org.id);
    // A value nobody holds can go; so can an attribute nobody has values of, but not one in use.
    const rome = await call(values.POST, `${base()}/${location.id}/options`, {
      method: 'POST',
      token: adminToken,
      body: { value: 'rome', label: 'Rome' },
      params: { orgId: team.org.id, id: location.id },
    });
    expect(rome.status).toBe(201);
    const gone = await call(value.DELETE, `${base()}/${location.id}/options/${rome.body.id}`, {
      method: 'DELETE',
      token: adminToken,
      params: { orgId: team.org.id, id: location.id, optionId: rome.body.id },
    });
    expect(gone.status).toBe(204);
    const delAttr = await call(one.DELETE, `${base()}/${location.id}`, {
      method: 'DELETE',
      token: adminToken,
      params: { orgId: team.org.id, id: location.id },
    });
    expect(delAttr.status).toBe(409);
  });
});

describe('self-service', () => {
  it('lets members set their own self-editable attributes only', async () => {
    const own = await call(me.PATCH, '/api/v1/me', {
      method: 'PATCH',
      token: memberToken,
      body: { attributes: { [team.org.id]: { location: 'lisbon' } } },
    });
    expect(own.status).toBe(200);
    const mine = await listMembers('attr.location=lisbon&include=attributes');
    expect(mine.body.data.map((m: { userId: string }) => m.userId)).toContain(team.member.id);

    const adminOnly = await call(me.PATCH, '/api/v1/me', {
      method: 'PATCH',
      token: memberToken,
      body: { attributes: { [team.org.id]: { employeeId: 'E-999' } } },
    });
    expect(adminOnly.status).toBe(422);
    expect(adminOnly.body.error.fields[`attributes.${team.org.id}.employeeId`][0]).toMatch(/administrator/);
    const elsewhere = await call(me.PATCH, '/api/v1/me', {
      method: 'PATCH',
      token: memberToken,
      body: { attributes: { [other.org.id]: { location: 'berlin' } } },
    });
    expect(elsewhere.status).toBe(422);
    expect(
      await db.memberAttributeValue.count({ where: { userId: team.member.id, organizationId: other.org.id } }),
    ).toBe(0);
  });
});

describe('platform defaults and inheritance', () => {
  it('follows the default until the org overrides it', async () => {
    const key = `office${uniq().replace(/\W/g, '')}`;
    const made = await call(adminList.POST, '/api/v1/admin/attributes', {
      method: 'POST',
      token: superToken,
      body: {
        key,
        label: 'Office',
        dataType: 'single_choice',
        options: [
          { value: 'hq', label: 'Headquarters' },
          { value: 'remote', label: 'Remote' },
        ],
      },
    });
    expect(made.status).toBe(201);
    // Not for org admins: 404.
    expect((await call(adminList.GET, '/api/v1/admin/attributes', { token: adminToken })).status).toBe(404);

    const [t1, t2] = await Promise.all([makeTeam(), makeTeam()]);
    const [tok1, tok2] = await Promise.all([tokenFor(t1.admin), tokenFor(t2.admin)]);
    const take = (t: Team, tok: string) =>
      call(inherit.POST, `${base(t.org.id)}/inherit`, {
        method: 'POST',
        token: tok,
        body: { defaultId: made.body.id },
        params: { orgId: t.org.id },
      });
    const following = await take(t1, tok1);
    expect(following.status).toBe(201);
    expect(following.body).toMatchObject({ key, inherited: { defaultId: made.body.id, following: true } });
    expect((await take(t1, tok1)).status).toBe(409);
    const overriding = await take(t2, tok2);
    expect(overriding.status).toBe(201);
    // t2 overrides by relabelling one of the values.
    const hq2 = overriding.body.options.find((o: { value: string }) => o.value === 'hq');
    const relabel = await call(value.PATCH, `${base(t2.org.id)}/${overriding.body.id}/options/${hq2.id}`, {
      method: 'PATCH',
      token: tok2,
      params: { orgId: t2.org.id, id: overriding.body.id, optionId: hq2.id },
      body: { label: 'Main office' },
    });
    expect(relabel.status).toBe(200);
    expect(relabel.body).toMatchObject({ value: 'hq', label: 'Main office' });

    // The superadmin renames the default's value.
    const hq = made.body.options.find((o: { value: string }) => o.value === 'hq');
    const renamed = await call(adminValue.PATCH, `/api/v1/admin/attributes/${made.body.id}/options/${hq.id}`, {
      method: 'PATCH',
      token: superToken,
      params: { id: made.body.id, optionId: hq.id },
      body: { label: 'Head office' },
    });
    expect(renamed.status).toBe(200);

    const seen1 = await read(following.body.id, tok1, t1.org.id);
    expect(seen1.body.options.map((o: { label: string }) => o.label)).toEqual(['Head office', 'Remote']);
    expect(seen1.body.inherited.following).toBe(true);
    const seen2 = await read(overriding.body.id, tok2, t2.org.id);
    expect(seen2.body.options.map((o: { label: string }) => o.label)).toEqual(['Main office', 'Remote']);
    expect(seen2.body.inherited).toEqual({ defaultId: made.body.id, following: false });
    await expectDefinitionsAgree(t1.org.id);
    await expectDefinitionsAgree(t2.org.id);
    expect((await getAttributeDefinitions(t1.org.id)).find((d) => d.key === key)?.options[0]?.label).toBe(
      'Head office',
    );

    // A member of the following org holds "hq": the default's value cannot be deleted then.
    const roleId = t1.roles.member.id;
    const joined = await addPerson({ [key]: 'Head office' }, t1.org.id, roleId, tok1);
    expect(joined.status).toBe(201);
    expect(joined.body.attributes[key]).toBe('hq');
    const del = await call(adminValue.DELETE, `/api/v1/admin/attributes/${made.body.id}/options/${hq.id}`, {
      method: 'DELETE',
      token: superToken,
      params: { id: made.body.id, optionId: hq.id },
    });
    expect(del.status).toBe(409);
    const added = await call(adminValues.POST, `/api/v1/admin/attributes/${made.body.id}/options`, {
      method: 'POST',
      token: superToken,
      params: { id: made.body.id },
      body: { value: 'hub', label: 'Hub' },
    });
    expect(added.status).toBe(201);
    expect((await read(following.body.id, tok1, t1.org.id)).body.options).toHaveLength(3);
    expect((await read(overriding.body.id, tok2, t2.org.id)).body.options).toHaveLength(2);
  });
});
