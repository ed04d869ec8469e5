import { expect, test } from '../fixtures';
import { adminOpensSettingsTab } from '../helpers';

test('an admin creates a SCIM token, sees the base URL, and sees a request made with it and its outcome', async ({
  page,
  request,
}) => {
  await adminOpensSettingsTab(page, 'Provisioning');
  await expect(page.getByRole('heading', { name: 'SCIM 2.0' })).toBeVisible();
  await expect(page.getByText('No SCIM requests yet.')).toBeVisible();
  const baseUrl = (await page.getByTestId('scim-base-url').textContent())?.trim() ?? '';
  expect(baseUrl).toMatch(/^https?:\/\/.+\/scim\/v2$/);

  await page.getByLabel('Token name').fill('Okta');
  await page.getByRole('button', { name: 'Create SCIM token' }).click();
  const token = await page.getByLabel('SCIM token').inputValue();
  expect(token).toMatch(/^oak_/);
  await expect(page.getByText('Copy it now: it is shown only once.')).toBeVisible();

  // The identity provider's side: a create and a duplicate, with the token.
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' };
  const user = {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    userName: 'scim.person@acme.test',
    name: { givenName: 'Scim', familyName: 'Person' },
  };
  const created = await request.post(`${baseUrl}/Users`, { headers, data: user });
  expect(created.status()).toBe(201);
  const duplicate = await request.post(`${baseUrl}/Users`, { headers, data: user });
  expect(duplicate.status()).toBe(409);

  await page.reload();
  const log = page.getByRole('table');
  const rows = log.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('POST /scim/v2/Users');
  await expect(rows.nth(0)).toContainText('409 uniqueness');
  await expect(rows.nth(1)).toContainText('201');

  // The member the identity provider created is on the team page.
  await page.goto('/o/acme/team?q=scim.person');
  await expect(page.getByRole('table', { name: 'Members' }).getByRole('link', { name: 'Scim Person' })).toBeVisible();

  // Invite mode: the next create is an invitation, shown on the Invitations page.
  await page.goto('/o/acme/settings/provisioning');
  await page.getByLabel('Invite them').check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Invite them')).toBeChecked();
  const invited = await request.post(`${baseUrl}/Users`, {
    headers,
    data: { ...user, userName: 'scim.invitee@acme.test', name: { givenName: 'Scim', familyName: 'Invitee' } },
  });
  expect(invited.status()).toBe(201);
  expect((await invited.json()).active).toBe(false);
  await page.goto('/o/acme/invitations');
  await expect(page.getByText('scim.invitee@acme.test')).toBeVisible();
});
