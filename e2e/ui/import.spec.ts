import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn } from '../helpers';

test('an admin imports people from a CSV: upload, map, preview, run, results, error report, history', async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const csv = [
    'E-mail address;First name;Last name;Notes;Department',
    `ada-${tag}@example.test;Ada;Lovelace;first;Engineering`,
    'not-an-email;Bad;Row;oops;',
    `grace-${tag}@example.test;Grace;Hopper;;Sales`,
    'member@acme.test;Mia;Meyer;already;',
    `carl-${tag}@example.test;=HYPERLINK("x");Carlson;;`,
  ].join('\n');

  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.getByRole('link', { name: 'Bulk import' }).click();
  await expect(page.getByRole('heading', { name: 'Bulk import' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download template' })).toHaveAttribute(
    'href',
    '/api/v1/imports/template.csv',
  );

  // A file that is not CSV or XLSX is refused before anything is uploaded.
  await page
    .getByLabel('File to import')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('x') });
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be imported' })).toContainText(
    'Choose a CSV or an Excel workbook',
  );

  // Upload: the columns are detected from the headers.
  await page
    .getByLabel('File to import')
    .setInputFiles({ name: `people-${tag}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('table', { name: 'Column mapping' })).toBeVisible();
  await expect(page.getByLabel('Field for column E-mail address')).toHaveValue('email');
  await expect(page.getByLabel('Field for column First name')).toHaveValue('firstName');
  await expect(page.getByLabel('Field for column Notes')).toHaveValue('');
  await expect(page.getByLabel('Field for column Department')).toHaveValue('department');
  // Change a column: the last names are not imported after all, then they are again.
  await page.getByLabel('Field for column Last name').selectOption('');
  await page.getByLabel('Field for column Last name').selectOption('lastName');
  await page.getByRole('button', { name: 'Continue to preview' }).click();

  // Preview: the bad row is shown with its reason; the existing member is recognized and not counted as ready.
  const summary = page.getByLabel('File summary');
  const stat = (label: string) => summary.locator('div').filter({ has: page.getByText(label, { exact: true }) });
  await expect(stat('Rows').locator('dd')).toHaveText('5');
  await expect(stat('Ready to import').locator('dd')).toHaveText('3');
  await expect(stat('Already members or invited').locator('dd')).toHaveText('1');
  await expect(stat('With problems').locator('dd')).toHaveText('1');
  // A name that starts like a formula is flagged, wherever it is in the file.
  const toCheck = page.getByRole('table', { name: 'Rows to check' });
  await expect(toCheck.getByRole('row').filter({ hasText: `carl-${tag}` })).toContainText(
    'starts with "=", like a spreadsheet formula',
  );
  const firstRows = page.getByRole('table', { name: 'Preview of the first rows' });
  await expect(firstRows.getByRole('row').filter({ hasText: 'not-an-email' })).toContainText(
    '"not-an-email" is not a valid e-mail address',
  );
  await expect(firstRows.getByRole('row').filter({ hasText: 'member@acme.test' })).toContainText(
    'Already a member or invited',
  );
  await expect(firstRows.getByRole('row').filter({ hasText: `ada-${tag}` })).toContainText('Will be invited');
  await page.getByLabel('Send invitation e-mails now').uncheck();
  await expect(page.getByRole('button', { name: 'Import 3 rows' })).toBeEnabled();
  await page.getByRole('button', { name: 'Import 3 rows' }).click();

  // The import's own page: progress, then results; the id is in the URL, so a reload keeps it.
  await expect(page).toHaveURL(/\/o\/acme\/invitations\/import\/[\w-]+$/);
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(results).toContainText('Invited');
  const card = (label: string) => results.locator('div').filter({ has: page.getByText(label, { exact: true }) });
  await expect(card('Invited').locator('dd').first()).toHaveText('3');
  await expect(card('Already members').locator('dd').first()).toHaveText('1');
  await expect(card('Failed').locator('dd').first()).toHaveText('1');
  await expect(page.getByRole('table', { name: 'Failed rows' })).toContainText('not-an-email');
  // The skipped member is listed too, with why.
  await expect(
    page.getByRole('table', { name: 'Skipped rows' }).getByRole('row').filter({ hasText: 'member@acme.test' }),
  ).toContainText('Already a member');

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download errors (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`people-${tag}-errors.csv`);
  const report = await readFile((await download.path())!, 'utf8');
  expect(report).toContain('Row,Email,First name,Last name,Role,Department,Job title,Reason');
  expect(report).toContain('3,not-an-email,Bad,Row,,,,"""not-an-email"" is not a valid e-mail address"');

  // History lists it with its counts.
  await page.getByRole('link', { name: 'All imports' }).click();
  const history = page.getByRole('table', { name: 'Imports' });
  await expect(history.getByRole('row').filter({ hasText: `people-${tag}.csv` })).toContainText('Completed');
  await expect(history.getByRole('row').filter({ hasText: `people-${tag}.csv` })).toContainText('3 · 1 · 1');
});

test('dates in an Excel workbook are read as dates, not as serial numbers', async ({ page, request }) => {
  const tag = Date.now().toString(36);
  const token = await apiToken(request, 'admin@acme.test');
  const acme = await orgId(request, token, 'acme');
  const auth = { authorization: `Bearer ${token}` };
  const label = `Start ${tag}`;
  const created = await request.post(`/api/v1/organizations/${acme}/entity-types`, {
    headers: auth,
    data: { key: `start${tag}`, label, dataType: 'date' },
  });
  expect(created.status()).toBe(201);
  const attribute = (await created.json()).id as string;
  try {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('People');
    sheet.addRow(['Email', 'First name', label]);
    sheet.addRow([`dora-${tag}@example.test`, 'Dora', new Date(Date.UTC(2024, 0, 2))]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await signIn(page, 'admin@acme.test');
    await expect(page).toHaveURL(/\/o\/acme/);
    await page.goto('/o/acme/invitations/import');
    await page.getByLabel('File to import').setInputFiles({
      name: `dates-${tag}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await page.getByRole('button', { name: 'Continue to preview' }).click();
    const row = page
      .getByRole('table', { name: 'Preview of the first rows' })
      .getByRole('row')
      .filter({
        hasText: `dora-${tag}`,
      });
    await expect(row).toContainText(`${label}: 2024-01-02`);
    await expect(row).toContainText('Will be invited');
    await expect(row).not.toContainText('45293');
  } finally {
    const removed = await request.delete(`/api/v1/organizations/${acme}/entity-types/${attribute}`, { headers: auth });
    expect(removed.status()).toBe(204);
  }
});

test('a member sees no bulk import', async ({ page }) => {
  await signIn(page, 'member@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await expect(page.getByRole('link', { name: 'Bulk import' })).toHaveCount(0);
  await page.goto('/o/acme/invitations/import');
  await expect(page.getByText('Your role does not include bulk imports.')).toBeVisible();
});
