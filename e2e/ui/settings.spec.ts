import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn } from '../helpers';

const rows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });

async function openSettings(page: Page, tab?: 'E-mail templates' | 'API keys') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  if (tab) await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: tab }).click();
}

test('an admin edits the general settings; invalid values are refused next to their fields', async ({
  page,
  request,
}) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await openSettings(page);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Acme');
  await expect(page.getByLabel('Slug')).toHaveValue('acme');

  await page.getByLabel('Domain').fill('https://acme.test/home');
  await page.getByLabel('Website').fill('ftp://acme.test');
  await page.getByLabel('Invitation links expire after (days)').fill('31');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Enter a domain like acme.com, without http:// or a path')).toBeVisible();
  await expect(page.getByText('Enter a web address that starts with http:// or https://')).toBeVisible();
  await expect(page.getByText('At most 30 days')).toBeVisible();
  await expect(page.getByLabel('Domain')).toHaveAttribute('aria-invalid', 'true');

  const token = await apiToken(request, 'admin@acme.test');
  const id = await orgId(request, token, 'acme');
  const before = await (await request.get(`/api/v1/organizations/${id}`, { headers: bearer(token) })).json();
  try {
    await page.getByLabel('Domain').fill('Acme.test');
    await page.getByLabel('Website').fill('https://acme.test');
    await page.getByLabel('Location').fill('Shelbyville');
    await page.getByLabel('Invitation links expire after (days)').fill('10');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Domain')).toHaveValue('acme.test');
    await expect(page.getByLabel('Location')).toHaveValue('Shelbyville');
    await expect(page.getByLabel('Invitation links expire after (days)')).toHaveValue('10');
    const after = await (await request.get(`/api/v1/organizations/${id}`, { headers: bearer(token) })).json();
    expect(after).toMatchObject({ location: 'Shelbyville', website: 'https://acme.test', invitationExpiryDays: 10 });
  } finally {
    // Other specs rely on the demo org as seeded.
    const { domain, industry, location, website, invitationExpiryDays } = before;
    const res = await request.patch(`/api/v1/organizations/${id}`, {
      headers: bearer(token),
      data: { domain, industry, location, website, invitationExpiryDays },
    });
    expect(res.status()).toBe(200);
  }
});

test('an admin edits an e-mail template with a live preview, saves it and resets it', async ({ page }) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await openSettings(page, 'E-mail templates');
  await expect(page.getByRole('table', { name: 'E-mail templates' })).toBeVisible();
  await page.getByRole('link', { name: 'Edit password_reset' }).click();

  const subject = page.getByLabel('Subject');
  const body = page.getByLabel('Body');
  const previewSubject = page.getByTestId('preview-subject');
  await expect(subject).toHaveValue('Reset your {{app.name}} password');

  // An unknown variable: the server refuses it next to the field.
  await subject.fill('Reset for {{user.nickname}}');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Unknown variable: {{user.nickname}}', { exact: true })).toBeVisible();
  await expect(subject).toHaveAttribute('aria-invalid', 'true');

  // Fixed; the preview follows as one types, with sample values.
  await subject.fill('Hi {{user.firstName}}, reset your password');
  await expect(previewSubject).toHaveText('Hi Jane, reset your password');
  // The link is no variable: the preview warns, the server refuses it.
  await body.fill('Click here: {{link}}');
  await expect(page.getByText(/Refused on save: Links and codes are not variables/)).toBeVisible();
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(
    page.getByText(/the platform adds the button, its link and any code below your text/).first(),
  ).toBeVisible();
  await body.fill('Hello {{user.firstName}}, this is valid for ');
  await page.getByRole('button', { name: '{{expiresIn}}' }).click();
  await expect(body).toHaveValue('Hello {{user.firstName}}, this is valid for {{expiresIn}}');
  await expect(page.getByRole('button', { name: '{{link}}' })).toHaveCount(0);
  // Below the editable text, the platform's own button, link and code.
  const text = page.getByTestId('preview-text');
  await expect(text).toContainText('Hello Jane, this is valid for 30 minutes');
  await expect(text).toContainText('Choose a new password:');
  await expect(text).toContainText('/reset-password?token=sample-token');
  await expect(text).toContainText('Or enter this code: 482913');
  const frame = page.frameLocator('iframe[title="HTML preview"]');
  await expect(frame.getByText('Hello Jane, this is valid for 30 minutes')).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Choose a new password' })).toHaveAttribute(
    'href',
    /\/reset-password\?token=sample-token$/,
  );

  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Template saved.')).toBeVisible();
  await expect(subject).not.toHaveAttribute('aria-invalid');
  await page.reload();
  await expect(subject).toHaveValue('Hi {{user.firstName}}, reset your password');
  await expect(page.getByText('Customized', { exact: true })).toBeVisible();

  // Reset, after a confirmation.
  await page.getByRole('button', { name: 'Reset to default' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset to default' });
  await dialog.getByRole('button', { name: 'Reset' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Template reset to the platform default.')).toBeVisible();
  await expect(subject).toHaveValue('Reset your {{app.name}} password');
  await expect(page.getByRole('button', { name: 'Reset to default' })).toHaveCount(0);
  await page.getByRole('link', { name: 'All templates' }).click();
  const row = rows(page).filter({ hasText: 'password_reset' });
  await expect(row).toContainText('Default');
});

test('an admin creates an API key, sees its secret once, uses it, and revokes it', async ({ page, request }) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await openSettings(page, 'API keys');
  await expect(page.getByRole('heading', { name: 'API keys' })).toBeVisible();

  await page.getByRole('button', { name: 'New API key' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New API key' });
  // An admin does not hold org.delete, so a key cannot get it.
  await expect(dialog.getByRole('checkbox', { name: 'org.delete' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Create key' }).click();
  await expect(dialog.getByText('Name is required')).toBeVisible();
  await expect(dialog.getByText('Choose at least one permission')).toBeVisible();

  const name = `E2E reader ${Date.now().toString(36)}`;
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('checkbox', { name: 'departments.read' }).check();
  await dialog.getByLabel('Expires on').fill('2020-01-01');
  await dialog.getByRole('button', { name: 'Create key' }).click();
  await expect(dialog.getByText('Choose a day after today, or none')).toBeVisible();
  await dialog.getByLabel('Expires on').fill('');
  await dialog.getByRole('button', { name: 'Create key' }).click();

  const secret = page.getByRole('dialog', { name: 'Copy your new API key' });
  await expect(secret.getByText('This is the only time the key is shown.')).toBeVisible();
  const key = await secret.getByLabel('API key').inputValue();
  expect(key).toMatch(/^oak_/);
  await secret.getByRole('button', { name: 'Copy' }).click();
  await expect(secret.getByRole('status')).toHaveText(/clipboard|Ctrl\+C/);
  // Escape asks first: the key is not shown again.
  await page.keyboard.press('Escape');
  const ask = secret.getByRole('alertdialog', { name: 'Close without the key?' });
  await expect(ask).toBeVisible();
  await expect(secret.getByLabel('API key')).toHaveValue(key);
  await ask.getByRole('button', { name: 'Keep it open' }).click();
  await expect(ask).toBeHidden();
  await expect(secret).toBeVisible();
  await secret.getByRole('button', { name: 'Done' }).click();
  await expect(secret).toBeHidden();

  const row = rows(page).filter({ hasText: name });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('departments.read');
  await expect(row).toContainText(key.slice(0, 12));
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);

  const id = await orgId(request, await apiToken(request, 'admin@acme.test'), 'acme');
  const departments = `/api/v1/organizations/${id}/departments`;
  expect((await request.get(departments, { headers: bearer(key) })).status()).toBe(200);
  const create = await request.post(departments, { headers: bearer(key), data: { name: `By key ${name}` } });
  expect(create.status()).toBe(403);

  await row.getByRole('button', { name: 'Revoke' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke API key' });
  await expect(confirm).toContainText(name);
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
  expect((await request.get(departments, { headers: bearer(key) })).status()).toBe(401);
});

test('a member has no Settings entry and no access to e-mail templates or API keys', async ({ page }) => {
  await signIn(page, 'member@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' })).toHaveCount(0);

  for (const path of ['/o/acme/settings/emails', '/o/acme/settings/emails/activation', '/o/acme/settings/api-keys']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
    await expect(page.getByLabel('Subject')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'New API key' })).toHaveCount(0);
  }

  // The profile itself is readable (org.read), but not editable.
  await page.goto('/o/acme/settings');
  await expect(page.getByText('Only owners and admins can change these settings.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  const tabs = page.getByRole('navigation', { name: 'Settings' });
  await expect(tabs.getByRole('link')).toHaveText(['General']);
});

test('the superadmin reads sent mail in the dev mailbox and follows its link', async ({ page, request }) => {
  const forgot = await request.post('/api/v1/auth/password/forgot', { data: { email: 'member@acme.test' } });
  expect(forgot.status()).toBe(202);

  await signIn(page, 'admin@demo.test');
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.goto('/admin');
  await page.getByRole('link', { name: 'Dev mailbox' }).click();
  await expect(page).toHaveURL(/\/dev\/mailbox/);
  await expect(page.getByText('E-mail is not being delivered')).toBeVisible();

  await page.getByLabel('Search by recipient').fill('member@acme.test');
  await expect(page).toHaveURL(/q=member%40acme.test/);
  await expect(rows(page).filter({ hasNotText: 'member@acme.test' })).toHaveCount(0);
  const message = rows(page)
    .filter({ hasText: /Reset your .* password/ })
    .first();
  await expect(message).toContainText('password_reset');
  await message.getByRole('link').click();
  await expect(page).toHaveURL(/message=/);

  // The HTML part, sandboxed: its link opens the reset page in this tab.
  const view = page.getByRole('article');
  await expect(view.getByRole('heading', { name: /Reset your .* password/ })).toBeVisible();
  const frameLink = page.frameLocator('iframe[title^="HTML of"]').getByRole('link', { name: 'Choose a new password' });
  await expect(frameLink).toHaveAttribute('href', /\/reset-password\?token=/);
  await frameLink.click();
  await expect(page).toHaveURL(/\/reset-password\?token=/);
  await expect(page.getByText('Your reset link is filled in.')).toBeVisible();

  // The plain-text part's link works too.
  await page.goBack();
  const textLink = page.getByTestId('message-text').getByRole('link', { name: /reset-password/ });
  // Chromium may route a click made right after scrolling to the (out-of-process) iframe above: scroll first.
  await textLink.scrollIntoViewIfNeeded();
  await expect(textLink).toBeInViewport();
  await textLink.click();
  await expect(page).toHaveURL(/\/reset-password\?token=/);
});

test('the dev mailbox is not found for anyone but superadmins', async ({ page }) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  const res = await page.goto('/dev/mailbox');
  expect(res?.status()).toBe(404);
});

function bearer(token: string) {
  return { authorization: `Bearer ${token}` };
}
