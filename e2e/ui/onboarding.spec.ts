import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { signIn } from '../helpers';

const rows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });

test('a superadmin onboards an organization with the wizard, finds it, deactivates and activates it', async ({
  page,
}) => {
  const stamp = Date.now();
  const name = `Wizard Works ${stamp}`;
  const email = `owner-${stamp}@wizard.test`;

  await signIn(page, 'admin@demo.test');
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'Sign-ups per week' })).toBeVisible();
  // Each bar of the chart carries its week's date.
  const labels = page.getByTestId('week-label');
  expect(await labels.count()).toBeGreaterThan(1);
  await expect(labels.first()).toHaveText(/^[A-Z][a-z]{2} \d{1,2}$/);
  await page.getByRole('navigation', { name: 'Platform admin' }).getByRole('link', { name: 'Organizations' }).click();
  await page.getByRole('link', { name: 'Onboard organization' }).click();
  await expect(page).toHaveURL(/\/admin\/organizations\/new/);

  // Step 1: the schema's errors show next to the fields; the name is required.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Name is required')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Domain').fill(`wizard-${stamp}.test`);
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 2: the first admin.
  await page.getByLabel('E-mail').fill('not-an-email');
  await page.getByLabel('First name').fill('Wanda');
  await page.getByLabel('Last name').fill('Wizard');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Enter a valid e-mail address')).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 3: review and create.
  await expect(page.getByText(email)).toBeVisible();
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByRole('heading', { name: `${name} is ready` })).toBeVisible();
  await expect(page.getByText(`An owner invitation was sent to ${email}.`)).toBeVisible();

  // The list finds it.
  await page.getByRole('link', { name: 'All organizations' }).click();
  await page.getByLabel('Search organizations').fill(`Wizard Works ${stamp}`);
  await expect(page).toHaveURL(/q=Wizard/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Active');

  // The detail page: deactivate, then activate.
  await rows(page).first().getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByTestId('member-summary')).toContainText('Pending invitations1');

  // Add a second admin by e-mail: a bad address is refused next to the field, an unknown one is invited.
  const addAdmin = page.getByRole('region', { name: 'Add an admin' });
  await addAdmin.getByLabel('E-mail').fill('nobody');
  await addAdmin.getByRole('button', { name: 'Add admin' }).click();
  await expect(addAdmin.getByText('Enter a valid e-mail address')).toBeVisible();
  await addAdmin.getByLabel('E-mail').fill(`second-${stamp}@wizard.test`);
  await addAdmin.getByRole('button', { name: 'Add admin' }).click();
  await expect(addAdmin.getByText(`No account uses second-${stamp}@wizard.test yet`)).toBeVisible();
  await expect(page.getByTestId('member-summary')).toContainText('Pending invitations2');
  await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
  // The confirmation names the organization by its slug too, so a second "Acme" is not mistaken for it.
  await expect(page.getByRole('dialog').getByText(/^Slug \S+\.$/)).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Activate', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete organization' })).toBeVisible();
  await expect(page.getByText('This organization is deactivated')).toBeVisible();

  await page.getByRole('button', { name: 'Activate', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Activate', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Deactivate', exact: true })).toBeVisible();
  await expect(page.getByText('This organization is deactivated')).toHaveCount(0);

  // Open as support: a banner says so, with the way back.
  await page.getByRole('link', { name: 'Open as support' }).click();
  const banner = page.getByRole('region', { name: 'Support access' });
  await expect(banner).toContainText(`You are acting as support in ${name}`);
  await banner.getByRole('link', { name: 'Leave support mode' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/organizations\//);
});

test('the wizard is prefilled from a demo request and maps a taken slug back to step 1', async ({ page }) => {
  await signIn(page, 'admin@demo.test');
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  const stamp = Date.now();
  const query = new URLSearchParams({
    name: `Prefilled ${stamp}`,
    adminEmail: `pre-${stamp}@prefilled.test`,
    adminFirstName: 'Pre',
    adminLastName: 'Filled',
  });
  await page.goto(`/admin/organizations/new?${query}`);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`Prefilled ${stamp}`);
  await page.getByLabel('Slug').fill('acme');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('E-mail')).toHaveValue(`pre-${stamp}@prefilled.test`);
  await expect(page.getByLabel('First name')).toHaveValue('Pre');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByText('This slug is already taken: choose another one')).toBeVisible();
  await expect(page.getByLabel('Slug')).toHaveValue('acme');
});

test('an org owner gets 404 on every /admin page', async ({ page }) => {
  await signIn(page, 'owner@acme.test');
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  for (const path of ['/admin', '/admin/organizations', '/admin/organizations/new', '/admin/users']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

test('the wizard warns when an organization of that name exists, naming its slug', async ({ page }) => {
  await signIn(page, 'admin@demo.test');
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.goto('/admin/organizations/new');
  await page.getByLabel('Name', { exact: true }).fill('acme');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('That name is taken')).toBeVisible();
  await expect(page.getByText('Acme (acme) already exists')).toBeVisible();
  // A new name: no warning.
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByLabel('Name', { exact: true }).fill(`Unheard Of ${Date.now()}`);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('First name')).toBeVisible();
  await expect(page.getByText('That name is taken')).toHaveCount(0);
});
