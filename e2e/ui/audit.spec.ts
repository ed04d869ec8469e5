import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn } from '../helpers';

// The browser's user agent ends up in the trail and in the export: a formula here must not run in a spreadsheet.
const FORMULA_AGENT = '=HYPERLINK("http://evil.test","click") e2e';
test.use({ userAgent: FORMULA_AGENT });

test('an admin renames a department, finds it in the audit log with its diff, and exports it safely', async ({
  page,
  request,
}) => {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const token = await apiToken(request, 'admin@acme.test');
  const acme = await orgId(request, token, 'acme');
  const created = await request.post(`/api/v1/organizations/${acme}/departments`, {
    headers: { authorization: `Bearer ${token}` },
    data: { name: `Audit ${suffix}` },
  });
  expect(created.status()).toBe(201);
  const department = await created.json();

  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto(`/o/acme/departments?q=${suffix}`);
  const row = page.getByRole('row').filter({ hasText: `Audit ${suffix}` });
  await row.getByRole('button', { name: 'Edit' }).click();
  const editDialog = page.getByRole('dialog');
  await editDialog.getByLabel('Name').fill(`Audited ${suffix}`);
  await editDialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('cell', { name: `Audited ${suffix}`, exact: true })).toBeVisible();

  // The nav leads to the log; filter it down to this department's rename.
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await page.getByLabel('Action').fill('department.*');
  await page.getByLabel('Target id').fill(department.id);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/action=department\.\*/);
  await expect(page).toHaveURL(new RegExp(`targetId=${department.id}`));
  const entries = page
    .getByRole('table', { name: 'Audit log' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  await expect(entries).toHaveCount(2); // the create (through the API) and the rename
  const rename = entries.filter({ hasText: 'department.update' });
  await expect(rename).toContainText('admin@acme.test');

  await rename.getByRole('button', { name: 'Details of department.update' }).click();
  const details = page.getByRole('dialog', { name: 'department.update' });
  await expect(details).toContainText(FORMULA_AGENT);
  const nameRow = details.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'name' }) });
  await expect(nameRow).toContainText(`Audit ${suffix}`);
  await expect(nameRow).toContainText(`Audited ${suffix}`);
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(details).toBeHidden();

  // A filter that matches nothing shows the empty state.
  await page.getByLabel('Action').fill('nothing.matches');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No entries match these filters')).toBeVisible();
  await page.goBack();
  await expect(entries).toHaveCount(2);

  // The export carries the filters and neutralizes the formula in the user agent cell.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^audit-acme-.+\.csv$/);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines).toHaveLength(3); // header, rename, create
  const renameLine = lines.find((l) => l.includes('department.update'))!;
  expect(renameLine).toContain(`"'=HYPERLINK(""http://evil.test"",""click"") e2e"`);
  expect(renameLine).not.toMatch(/,=HYPERLINK|,"=HYPERLINK/);
  expect(renameLine).toContain(`Audited ${suffix}`);

  // Leave Acme's departments as they were for the other specs.
  const removed = await request.delete(`/api/v1/organizations/${acme}/departments/${department.id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(removed.status()).toBe(204);
});

test('a member has no audit log entry in the nav and cannot read the log', async ({ page }) => {
  await signIn(page, 'member@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await expect(page.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await page.goto('/o/acme/audit');
  await expect(page.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
});
