import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { signIn } from '../helpers';

const OWNER = 'owner@globex.test';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** What the member page shows of a member: the name as its heading, and Active or Deactivated. */
async function memberPageShows(page: Page, userId: string, name: string, status: 'Active' | 'Deactivated') {
  await page.goto(`/o/globex/team/${userId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(status, { exact: true }).first()).toBeVisible();
}

const teamRow = (page: Page, name: string) =>
  page.getByRole('table', { name: 'Teams' }).getByRole('row').filter({ hasText: name });

// Issue 14: an identity provider's run, as Okta sends it, seen step by step where an admin looks.
test('an Okta-style SCIM run shows on the member page and the Teams page at every step', async ({ page, request }) => {
  await signIn(page, OWNER);
  await expect(page).toHaveURL(/\/o\/globex/);
  await page.goto('/o/globex/settings/provisioning');
  await page.getByLabel('Token name').fill('Okta run');
  await page.getByRole('button', { name: 'Create SCIM token' }).click();
  const token = await page.getByLabel('SCIM token').inputValue();
  const baseUrl = (await page.getByTestId('scim-base-url').textContent())?.trim() ?? '';
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' };
  const scim = async (method: string, path: string, data?: unknown) => {
    const res = await request.fetch(`${baseUrl}${path}`, { method, headers, data });
    return { status: res.status(), body: res.status() === 204 ? null : await res.json() };
  };
  const tag = Date.now().toString(36);
  const newUser = async (given: string) => {
    const created = await scim('POST', '/Users', {
      schemas: [USER],
      userName: `${given.toLowerCase()}.${tag}@globex.test`,
      name: { givenName: given, familyName: 'Okta' },
      active: true,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  };

  // Create, and find by userName as Okta does before every push.
  const olga = await newUser('Olga');
  const found = await scim('GET', `/Users?filter=${encodeURIComponent(`userName eq "olga.${tag}@globex.test"`)}`);
  expect(found.body.totalResults).toBe(1);
  await memberPageShows(page, olga, 'Olga Okta', 'Active');

  // Rename.
  const renamed = await scim('PATCH', `/Users/${olga}`, {
    schemas: [PATCH],
    Operations: [{ op: 'replace', value: { name: { givenName: 'Olivia', familyName: 'Okta' } } }],
  });
  expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
  await memberPageShows(page, olga, 'Olivia Okta', 'Active');

  // Deactivate, then reactivate.
  const off = await scim('PATCH', `/Users/${olga}`, {
    schemas: [PATCH],
    Operations: [{ op: 'replace', value: { active: false } }],
  });
  expect(off.body.active).toBe(false);
  await memberPageShows(page, olga, 'Olivia Okta', 'Deactivated');
  await scim('PATCH', `/Users/${olga}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: true } }] });
  await memberPageShows(page, olga, 'Olivia Okta', 'Active');

  // Push a group with a member, add a second one and remove the first by a value filter.
  const otto = await newUser('Otto');
  const groupName = `Okta group ${tag}`;
  const group = await scim('POST', '/Groups', { schemas: [GROUP], displayName: groupName, members: [{ value: olga }] });
  expect(group.status, JSON.stringify(group.body)).toBe(201);
  await page.goto('/o/globex/teams');
  await teamRow(page, groupName).getByRole('button', { name: 'Members' }).click();
  const members = page.getByRole('dialog', { name: `Members of ${groupName}` });
  await expect(members.getByRole('list', { name: 'Team members' })).toContainText('Olivia Okta');

  const patched = await scim('PATCH', `/Groups/${group.body.id}`, {
    schemas: [PATCH],
    Operations: [
      { op: 'add', path: 'members', value: [{ value: otto }] },
      { op: 'remove', path: `members[value eq "${olga}"]` },
    ],
  });
  expect(patched.status, JSON.stringify(patched.body)).toBeLessThan(300);
  await page.reload();
  await teamRow(page, groupName).getByRole('button', { name: 'Members' }).click();
  await expect(members.getByRole('list', { name: 'Team members' }).getByRole('listitem')).toHaveCount(1);
  await expect(members.getByRole('list', { name: 'Team members' })).toContainText('Otto Okta');

  // Delete the group: the team is gone, its members stay in the organization.
  expect((await scim('DELETE', `/Groups/${group.body.id}`)).status).toBe(204);
  await page.reload();
  await expect(teamRow(page, groupName)).toHaveCount(0);
  await memberPageShows(page, otto, 'Otto Okta', 'Active');
});
