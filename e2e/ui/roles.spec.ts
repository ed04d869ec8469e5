import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { apiToken, memberId, orgId, signIn, signInWithNewRole } from '../helpers';

const box = (page: Page, label: string) => page.getByRole('checkbox', { name: label, exact: true });

test('an admin creates a custom role in the matrix, sees its member count, edits and deletes it', async ({
  page,
  request,
}) => {
  const name = `Recruiter ${Date.now().toString(36)}`;
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.getByRole('link', { name: 'Roles', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Roles' })).toBeVisible();
  await expect(page.getByText('Locked: The owner role always holds every permission.')).toBeVisible();
  await expect(box(page, 'Owner: org.read')).toBeDisabled();

  // Create: the key is derived from the name when left empty.
  await page.getByRole('button', { name: 'New role' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(name);
  await expect(dialog.getByText(`derived from the name: ${name.toLowerCase().replace(' ', '-')}`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Create role' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Created ${name}.`)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: new RegExp(name) })).toBeVisible();

  // Tick one permission and a whole module, then save.
  await box(page, `${name}: members.read`).check();
  const invitations = box(page, `${name}: all of Invitations`);
  await invitations.check();
  for (const action of ['read', 'create', 'revoke'])
    await expect(box(page, `${name}: invitations.${action}`)).toBeChecked();
  await expect(invitations).toBeChecked();
  await box(page, `${name}: invitations.revoke`).uncheck();
  await expect(invitations).not.toBeChecked();
  await expect(invitations).toHaveJSProperty('indeterminate', true);
  // The admin lacks org.delete, so it cannot be granted.
  await expect(box(page, `${name}: org.delete`)).toBeDisabled();
  await expect(page.getByText('You do not hold this permission, so you cannot grant it.')).toBeVisible();

  await expect(page.getByText(`Unsaved changes to ${name}.`)).toBeVisible();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(`Saved the permissions of ${name}.`)).toBeVisible();
  await expect(page.getByText('Unsaved changes')).toBeHidden();

  await page.reload();
  await expect(box(page, `${name}: members.read`)).toBeChecked();
  await expect(box(page, `${name}: invitations.create`)).toBeChecked();
  await expect(box(page, `${name}: invitations.revoke`)).not.toBeChecked();
  await expect(box(page, `${name}: org.read`)).not.toBeChecked();

  // Give someone the role through the API: the count links to the team filtered by it.
  const token = await apiToken(request, 'admin@acme.test');
  const id = await orgId(request, token, 'acme');
  const roles = await (
    await request.get(`/api/v1/organizations/${id}/roles`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  const role = roles.data.find((r: { name: string }) => r.name === name);
  expect(role.permissions).toEqual(['members.read', 'invitations.read', 'invitations.create']);
  const added = await request.post(`/api/v1/organizations/${id}/members`, {
    headers: { authorization: `Bearer ${token}` },
    data: {
      email: `recruiter-${Date.now().toString(36)}@example.test`,
      firstName: 'Rita',
      lastName: 'Recruiter',
      roleId: role.id,
      temporaryPassword: 'Temporary-Pass-4821!',
    },
  });
  expect(added.status()).toBe(201);
  await page.reload();
  const count = page.getByRole('link', { name: `1 member with the ${name} role` });
  await expect(count).toHaveAttribute('href', `/o/acme/team?role=${role.id}`);

  // Edit the name and description.
  await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
  await dialog.getByLabel('Name').fill(`${name} Lead`);
  await dialog.getByLabel('Description').fill('Hires people');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Saved ${name} Lead.`)).toBeVisible();
  await expect(box(page, `${name} Lead: members.read`)).toBeChecked();

  // Delete: its member must move somewhere first.
  await page.getByRole('button', { name: `Delete ${name} Lead` }).click();
  await expect(dialog.getByText('1 member holds this role.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog.getByText('Choose the role they move to')).toBeVisible();
  await dialog.getByLabel('Move them to').selectOption({ label: 'Member' });
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Deleted ${name} Lead.`)).toBeVisible();
  await expect(box(page, `${name} Lead: members.read`)).toHaveCount(0);
});

test('a member sees a read-only matrix', async ({ page }) => {
  await signIn(page, 'member@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/roles');
  await expect(page.getByText('You can see roles but not change them')).toBeVisible();
  await expect(page.getByRole('button', { name: 'New role' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Edit / })).toHaveCount(0);
  await expect(box(page, 'Admin: members.read')).toBeChecked();
  await expect(box(page, 'Admin: members.read')).toBeDisabled();
  await expect(box(page, 'Member: members.create')).not.toBeChecked();
  await expect(box(page, 'Member: all of Members')).toBeDisabled();
  const enabled = page.locator('input[type=checkbox]:not([disabled])');
  await expect(enabled).toHaveCount(0);
});

test('a Recruiter (members.read, invitations.read and .create) sees only what the role allows', async ({
  page,
  request,
}) => {
  const recruiter = await signInWithNewRole(page, request, {
    role: 'Recruiter',
    firstName: 'Rex',
    lastName: 'Recruiter',
    permissions: ['members.read', 'invitations.read', 'invitations.create'],
    newPassword: 'recruiter passphrase 2026',
  });

  await page.goto('/o/globex/team');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Team', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Invitations' })).toBeVisible();
  for (const hidden of ['Dashboard', 'Departments', 'Roles', 'Applications', 'Bulk import', 'Audit log', 'Settings']) {
    await expect(nav.getByRole('link', { name: hidden, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('table', { name: 'Members' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add member' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Invitations' }).click();
  await expect(page.getByRole('button', { name: 'Invite', exact: true })).toBeVisible();

  // Leave Globex as it was.
  await recruiter.remove();
});
