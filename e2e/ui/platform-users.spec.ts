import { SUPERADMIN, unique } from '../accounts';
import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn } from '../helpers';

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

test('a superadmin opens a user from the list, sees their account, and deactivates, activates and deletes it', async ({
  page,
  request,
}) => {
  // Someone new in Acme, added with a temporary password.
  const admin = await apiToken(request, 'admin@acme.test');
  const acme = await orgId(request, admin, 'acme');
  const roles = await (await request.get(`/api/v1/organizations/${acme}/roles`, { headers: auth(admin) })).json();
  const member = roles.data.find((r: { key: string }) => r.key === 'member').id as string;
  const email = `pu-${unique()}@acme.test`;
  const added = await request.post(`/api/v1/organizations/${acme}/members`, {
    headers: auth(admin),
    data: { email, firstName: 'Petra', lastName: 'Usher', roleId: member, temporaryPassword: 'a temporary passphrase' },
  });
  expect(added.status()).toBe(201);

  await signIn(page, SUPERADMIN);
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.goto('/admin/users');
  await page.getByLabel('Search users').fill(email);
  await expect(page).toHaveURL(/q=pu-/);
  await expect(page.getByRole('table', { name: 'Users' }).getByRole('link')).toHaveCount(1);
  await page.getByRole('link', { name: email }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[\w-]+$/);
  await expect(page.getByRole('heading', { name: 'Petra Usher' })).toBeVisible();
  const orgs = page.getByRole('region', { name: 'Organizations' });
  await expect(orgs.getByRole('listitem')).toHaveCount(1);
  await expect(orgs.getByRole('listitem')).toContainText('Member');
  await expect(orgs.getByRole('link', { name: 'Acme' })).toHaveAttribute('href', /\/admin\/organizations\/[\w-]+$/);
  const security = page.getByTestId('security');
  await expect(security).toContainText('Must be changed at next sign-in');
  await expect(security).toContainText('Two-factor');
  await expect(page.getByRole('link', { name: 'What they did' })).toHaveAttribute('href', /\/admin\/audit\?actor=/);

  const dialog = page.getByRole('dialog');
  await page.getByRole('button', { name: 'Deactivate' }).click();
  await expect(dialog).toContainText('signed out everywhere');
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(dialog).toBeHidden();
  await expect(security).toContainText('deactivated');
  await page.getByRole('button', { name: 'Activate' }).click();
  await dialog.getByRole('button', { name: 'Activate' }).click();
  await expect(security).toContainText('active');
  await expect(page.getByRole('button', { name: 'Deactivate' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toContainText(`Delete ${email}?`);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await page.getByLabel('Search users').fill(email);
  await expect(page.getByText('No matches')).toBeVisible();
});

test('an unknown user id is a 404 page', async ({ page }) => {
  await signIn(page, SUPERADMIN);
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  const res = await page.goto('/admin/users/00000000-0000-4000-8000-000000000000');
  expect(res?.status()).toBe(404);
});
