import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn } from '../helpers';

const rows = (page: import('@playwright/test').Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });

test('an admin manages departments: create, rename, search, sort, page, delete, sign out', async ({
  page,
  request,
}) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/departments');
  for (const name of ['Engineering', 'Sales', 'Support']) {
    await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  }

  // Create, then a duplicate in another letter case is refused next to the field.
  await page.getByRole('button', { name: 'New department' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Legal');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: 'Legal', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'New department' }).click();
  await dialog.getByLabel('Name').fill('LEGAL');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('A department with this name already exists')).toBeVisible();
  await dialog.getByLabel('Name').fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Rename.
  await rows(page).filter({ hasText: 'Legal' }).getByRole('button', { name: 'Edit' }).click();
  await dialog.getByLabel('Name').fill('Legal & Compliance');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('cell', { name: 'Legal & Compliance', exact: true })).toBeVisible();

  // Search is server-side and kept in the URL.
  await page.getByLabel('Search departments').fill('compl');
  await expect(page).toHaveURL(/q=compl/);
  await expect(rows(page)).toHaveCount(1);
  await page.reload();
  await expect(page.getByLabel('Search departments')).toHaveValue('compl');
  await expect(rows(page)).toHaveCount(1);
  await page.getByLabel('Search departments').fill('');
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByRole('cell', { name: 'Engineering', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Legal & Compliance', exact: true })).toBeVisible();

  // Sort by name both ways.
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(rows(page).first()).toContainText('Support');
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(rows(page).first()).toContainText('Engineering');

  // Page: with 12 more departments and 10 rows per page there are two pages.
  const token = await apiToken(request, 'admin@acme.test');
  const id = await orgId(request, token, 'acme');
  for (let i = 1; i <= 12; i++) {
    const res = await request.post(`/api/v1/organizations/${id}/departments`, {
      headers: { authorization: `Bearer ${token}` },
      data: { name: `Team ${String(i).padStart(2, '0')}` },
    });
    expect(res.status()).toBe(201);
  }
  await page.reload();
  await page.getByLabel('Rows per page').selectOption('10');
  await expect(page.getByText('Page 1 of 2')).toBeVisible();
  await expect(rows(page)).toHaveCount(10);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Page 2 of 2')).toBeVisible();
  const total = Number(((await page.getByTestId('table-total').textContent()) ?? '').replace(/\D/g, ''));
  await expect(rows(page)).toHaveCount(total - 10);
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByText('Page 1 of 2')).toBeVisible();

  // Delete with confirmation.
  await page.getByLabel('Search departments').fill('Legal');
  await expect(rows(page)).toHaveCount(1);
  await rows(page).first().getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(/No (departments|results)/i)).toBeVisible();

  // Sign out: the session is gone, protected pages send us to sign-in.
  await page.getByRole('button', { name: /sign out/i }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto('/o/acme/departments');
  await expect(page).toHaveURL(/\/signin/);
});

test('a member sees departments but no write controls', async ({ page }) => {
  await signIn(page, 'member@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/departments');
  await expect(page.getByRole('cell', { name: 'Engineering', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New department' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
});

test('wrong credentials get one generic message', async ({ page }) => {
  await signIn(page, 'admin@acme.test', 'wrong-password-here');
  await expect(page.getByTestId('signin-error')).toHaveText(/Invalid e-mail or password/);
  await signIn(page, 'nobody@acme.test', 'wrong-password-here');
  await expect(page.getByTestId('signin-error')).toHaveText(/Invalid e-mail or password/);
});

test("another org's pages are not found", async ({ page }) => {
  await signIn(page, 'owner@globex.test');
  await expect(page).toHaveURL(/\/o\/globex/);
  const res = await page.goto('/o/acme/departments');
  expect(res?.status()).toBe(404);
});
