import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn } from '../helpers';

const rows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });

test('an admin defines attributes, adds a member with values and filters the team by them', async ({
  page,
  request,
}) => {
  const tag = Date.now().toString(36);
  const locationLabel = `Location ${tag}`;
  const employeeLabel = `Employee ID ${tag}`;
  // The key is derived from the label in camelCase.
  const locationKey = `location${tag[0]!.toUpperCase()}${tag.slice(1)}`;
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/settings/attributes');
  await expect(
    page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Attributes' }),
  ).toHaveAttribute('aria-current', 'page');

  // A filterable single choice with three values.
  await page.getByRole('button', { name: 'New attribute' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Label').fill(locationLabel);
  await expect(dialog.getByLabel('Key')).toHaveValue(locationKey);
  await dialog.getByLabel('Type').selectOption('single_choice');
  await dialog.getByLabel('Can be used as a filter on the team page').check();
  // A choice with nothing to choose is refused.
  await dialog.getByRole('button', { name: 'Create attribute' }).click();
  await expect(dialog.getByText('Add at least one value')).toBeVisible();
  await expect(dialog).toBeVisible();
  for (const city of ['Berlin', 'Paris', 'Lisbon']) {
    await dialog.getByLabel('New value').fill(city);
    await dialog.getByRole('button', { name: 'Add value' }).click();
  }
  await dialog.getByRole('button', { name: 'Move Lisbon up' }).click();
  await dialog.getByRole('button', { name: 'Create attribute' }).click();
  await expect(dialog).toBeHidden();
  const locationRow = rows(page).filter({ hasText: locationLabel });
  await expect(locationRow).toContainText('Single choice (3 values)');

  // A required text attribute; a bad key is refused next to the field. Values drafted while the type was
  // a choice do not block it once the type is text, and are not sent.
  await page.getByRole('button', { name: 'New attribute' }).click();
  await dialog.getByLabel('Type').selectOption('single_choice');
  await dialog.getByLabel('New value').fill('Draft');
  await dialog.getByRole('button', { name: 'Add value' }).click();
  await dialog.getByLabel('Type').selectOption('text');
  await dialog.getByLabel('Label').fill(employeeLabel);
  await dialog.getByLabel('Key').fill('Employee ID');
  await dialog.getByLabel('Required for every member').check();
  await dialog.getByRole('button', { name: 'Create attribute' }).click();
  await expect(dialog.getByText(/Start with a lower-case letter/)).toBeVisible();
  await dialog.getByLabel('Key').fill(`employeeId${tag}`);
  await dialog.getByRole('button', { name: 'Create attribute' }).click();
  await expect(dialog).toBeHidden();
  const employeeRow = rows(page).filter({ hasText: employeeLabel });
  await expect(employeeRow).toContainText('Required');
  await expect(employeeRow).toContainText('Text');
  await expect(employeeRow).not.toContainText('values');

  try {
    // Add a member: without the Employee ID the form says it is required.
    await page.goto('/o/acme/team');
    await page.getByRole('button', { name: 'Add member' }).click();
    const email = `attr-${tag}@example.test`;
    await dialog.getByLabel('E-mail').fill(email);
    await dialog.getByLabel('First name').fill('Attri');
    await dialog.getByLabel('Last name').fill(`Bute ${tag}`);
    await dialog.getByLabel('Temporary password (optional)').fill(`Temp-${tag}-correct-horse`);
    await dialog.getByLabel(locationLabel).selectOption({ label: 'Lisbon' });
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(dialog.getByText(`${employeeLabel} is required`)).toBeVisible();
    await dialog.getByLabel(`${employeeLabel} (required)`).fill('E-4711');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(dialog).toBeHidden();

    // Filter the team by Location.
    await page.getByLabel(`Filter by ${locationLabel}`).selectOption({ label: 'Lisbon' });
    await expect(page).toHaveURL(new RegExp(`attr\\.${locationKey}=lisbon`));
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(email);
    await page.getByLabel(`Filter by ${locationLabel}`).selectOption({ label: 'Berlin' });
    await expect(page.getByRole('cell', { name: email })).toBeHidden();

    // Edit the member's attributes in the edit dialog (its values are read when it opens).
    await page.getByLabel(`Filter by ${locationLabel}`).selectOption({ label: 'Lisbon' });
    await expect(rows(page)).toHaveCount(1);
    await rows(page).first().getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    await expect(dialog.getByLabel(locationLabel)).toHaveValue('lisbon');
    await expect(dialog.getByLabel(`${employeeLabel} (required)`)).toHaveValue('E-4711');
    await dialog.getByLabel(`${employeeLabel} (required)`).fill('');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText(`${employeeLabel} is required`)).toBeVisible();
    await dialog.getByLabel(`${employeeLabel} (required)`).fill('E-4712');
    await dialog.getByLabel(locationLabel).selectOption({ label: 'Paris' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await page.getByLabel(`Filter by ${locationLabel}`).selectOption({ label: 'Paris' });
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(email);

    // Show the Location column with the column picker: remembered in the URL.
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('menuitemcheckbox', { name: locationLabel, exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`cols=${locationKey}`));
    await expect(page.getByRole('columnheader', { name: locationLabel })).toBeVisible();
    await expect(rows(page).first().getByRole('cell', { name: 'Paris', exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('columnheader', { name: locationLabel })).toBeVisible();

    // The API shows the member's values.
    const token = await apiToken(request, 'admin@acme.test');
    const acme = await orgId(request, token, 'acme');
    const res = await request.get(
      `/api/v1/organizations/${acme}/members?q=${encodeURIComponent(email)}&include=attributes`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const body = await res.json();
    expect(body.data[0].attributes).toEqual({ [locationKey]: 'paris', [`employeeId${tag}`]: 'E-4712' });
  } finally {
    // Other specs add people to Acme: the required attribute must not outlive this test.
    await page.goto('/o/acme/settings/attributes');
    await rows(page).filter({ hasText: employeeLabel }).getByRole('button', { name: 'Deactivate' }).click();
    await expect(rows(page).filter({ hasText: employeeLabel })).toContainText('Inactive');
  }
  // Deleting an attribute members hold values of is refused with the reason.
  await rows(page)
    .filter({ hasText: locationLabel })
    .getByRole('button', { name: `Delete ${locationLabel}` })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete attribute' });
  await expect(confirm).toContainText(`Delete ${locationLabel} (${locationKey})?`);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm.getByText(/1 member has a value .* Deactivate it instead/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(rows(page).filter({ hasText: locationLabel })).toContainText('Active');
});
