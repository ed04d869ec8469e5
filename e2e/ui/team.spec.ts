import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { signIn } from '../helpers';

const rows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });
const table = (page: Page) => page.getByRole('table', { name: 'Members' });

test('an admin searches, filters, sorts and pages the team, then adds, edits, deactivates and removes a member', async ({
  page,
}) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/team');
  for (const name of ['Olivia Owens', 'Adam Adler', 'Mia Meyer']) {
    await expect(table(page).getByRole('link', { name })).toBeVisible();
  }

  // Search (debounced, kept in the URL).
  await page.getByLabel('Search members').fill('meyer');
  await expect(page).toHaveURL(/q=meyer/);
  await expect(rows(page)).toHaveCount(1);
  await page.reload();
  await expect(page.getByLabel('Search members')).toHaveValue('meyer');
  await page.getByLabel('Search members').fill('');
  await expect(page).not.toHaveURL(/q=/);

  // Filters.
  await page.getByLabel('Filter by role').selectOption({ label: 'Owner' });
  await expect(page).toHaveURL(/role=owner/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Olivia Owens');
  await page.getByLabel('Filter by role').selectOption({ label: 'All roles' });
  await page.getByLabel('Filter by department').selectOption({ label: 'Sales' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Mia Meyer');
  await page.getByLabel('Filter by department').selectOption({ label: 'All departments' });
  // Other specs may have added people to Acme; the seeded three are there whatever else is.
  for (const name of ['Olivia Owens', 'Adam Adler', 'Mia Meyer']) {
    await expect(table(page).getByRole('link', { name })).toBeVisible();
  }

  // Sort both ways. Other specs add people to Acme, so only the seeded three's order is checked.
  const seededOrder = async () => {
    const text = (await table(page).textContent()) ?? '';
    return ['Adam Adler', 'Mia Meyer', 'Olivia Owens'].sort((a, b) => text.indexOf(a) - text.indexOf(b));
  };
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect.poll(seededOrder).toEqual(['Olivia Owens', 'Mia Meyer', 'Adam Adler']);
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page).not.toHaveURL(/sort=-name/); // name ascending is the default: no sort in the URL
  await expect.poll(seededOrder).toEqual(['Adam Adler', 'Mia Meyer', 'Olivia Owens']);

  // Page.
  await page.getByLabel('Rows per page').selectOption('10');
  await expect(page).toHaveURL(/pageSize=10/);

  // Add a member with a temporary password.
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog');
  const email = `new-${Date.now()}@acme.test`;
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByLabel('First name').fill('Nina');
  await dialog.getByLabel('Last name').fill('Newman');
  await dialog.getByLabel('Temporary password (optional)').fill('short');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog.getByText(/at least 12 characters/)).toBeVisible();
  await dialog.getByLabel('Temporary password (optional)').fill('a fine temporary passphrase');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog).toBeHidden();
  await expect(table(page).getByRole('link', { name: 'Nina Newman' })).toBeVisible();

  // Edit: job title and department.
  const nina = rows(page).filter({ hasText: 'Nina Newman' });
  await nina.getByText('Actions').click();
  await nina.getByRole('button', { name: 'Edit' }).click();
  await dialog.getByLabel('Job title').fill('Buyer');
  await dialog.getByLabel('Department').selectOption({ label: 'Support' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(nina).toContainText('Support');

  // Deactivate, then remove.
  await nina.getByText('Actions').click();
  await nina.getByRole('button', { name: 'Deactivate' }).click();
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(dialog).toBeHidden();
  await expect(nina).toContainText('Deactivated');
  await nina.getByText('Actions').click();
  await nina.getByRole('button', { name: 'Remove' }).click();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog).toBeHidden();
  await expect(table(page).getByRole('link', { name: 'Nina Newman' })).toHaveCount(0);

  // The member page.
  await table(page).getByRole('link', { name: 'Mia Meyer' }).click();
  await expect(page.getByRole('heading', { name: 'Mia Meyer' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'member@acme.test' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Sales' })).toBeVisible();
});
