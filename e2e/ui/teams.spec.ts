import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { signIn } from '../helpers';

const rows = (page: Page, name: string) =>
  page
    .getByRole('table', { name })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

test('an admin creates, renames and deletes a team, manages its members and role, and filters the team by it', async ({
  page,
}) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  await expect(page.getByText('No teams yet')).toBeVisible();

  // Create, with a role for its members; a duplicate name is refused next to the field.
  await page.getByRole('button', { name: 'New team' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Platform');
  await dialog.getByLabel('Role for its members').selectOption({ label: 'Admin' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows(page, 'Teams')).toHaveCount(1);
  await expect(rows(page, 'Teams').first()).toContainText('Platform');
  await expect(rows(page, 'Teams').first()).toContainText('Admin');

  await page.getByRole('button', { name: 'New team' }).click();
  await dialog.getByLabel('Name').fill('PLATFORM');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('A team with this name already exists')).toBeVisible();
  await dialog.getByLabel('Name').fill('Design');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows(page, 'Teams')).toHaveCount(2);

  // Rename and take the role away.
  await rows(page, 'Teams').filter({ hasText: 'Platform' }).getByRole('button', { name: 'Edit' }).click();
  await dialog.getByLabel('Name').fill('Platform Engineering');
  await dialog.getByLabel('Role for its members').selectOption({ label: 'No role' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const platform = rows(page, 'Teams').filter({ hasText: 'Platform Engineering' });
  await expect(platform).toContainText('No role');

  // Members: empty, add two found by search, remove one.
  await platform.getByRole('button', { name: 'Members' }).click();
  const members = page.getByRole('dialog', { name: 'Members of Platform Engineering' });
  await expect(members.getByText('Nobody is in this team yet.')).toBeVisible();
  await members.getByLabel('Add a member').fill('meyer');
  await members.getByRole('button', { name: 'Find' }).click();
  await members.getByRole('button', { name: 'Add Mia Meyer to Platform Engineering' }).click();
  await expect(members.getByRole('list', { name: 'Team members' })).toContainText('Mia Meyer');
  await members.getByLabel('Add a member').fill('owens');
  await members.getByRole('button', { name: 'Find' }).click();
  await members.getByRole('button', { name: 'Add Olivia Owens to Platform Engineering' }).click();
  await expect(members.getByRole('list', { name: 'Team members' }).getByRole('listitem')).toHaveCount(2);
  await members.getByRole('button', { name: 'Remove Olivia Owens from Platform Engineering' }).click();
  await expect(members.getByRole('list', { name: 'Team members' }).getByRole('listitem')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(members).toBeHidden();
  await expect(platform.getByRole('cell').nth(2)).toHaveText('1');

  // The team picker of the members table, kept in the URL.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByLabel('Filter by team').selectOption({ label: 'Platform Engineering' });
  await expect(page).toHaveURL(/team=/);
  await expect(rows(page, 'Members')).toHaveCount(1);
  await expect(rows(page, 'Members').first()).toContainText('Mia Meyer');
  await page.reload();
  await expect(page.getByLabel('Filter by team')).toHaveValue(/.+/);
  await expect(rows(page, 'Members')).toHaveCount(1);
  await page.getByLabel('Filter by team').selectOption({ label: 'Design' });
  await expect(page.getByText('No members match')).toBeVisible();
  await page.getByLabel('Filter by team').selectOption({ label: 'All teams' });
  await expect(page).not.toHaveURL(/team=/);

  // Delete, confirming the name.
  await page.goto('/o/acme/teams');
  await rows(page, 'Teams').filter({ hasText: 'Design' }).getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete team' });
  await expect(confirm).toContainText('Delete Design?');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(rows(page, 'Teams')).toHaveCount(1);
});

test('a member sees the teams but cannot change them', async ({ page }) => {
  await signIn(page, 'member@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/teams');
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New team' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
});
