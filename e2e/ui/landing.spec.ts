import { expect, test } from '../fixtures';
import { apiToken, memberId, orgId, signIn } from '../helpers';

test('the dashboard shows recent activity only to those who may read the audit log', async ({ page, browser }) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme$/);
  await expect(page.getByRole('heading', { name: 'Recent activity' })).toBeVisible();

  const member = await (await browser.newContext()).newPage();
  await signIn(member, 'member@acme.test');
  await expect(member).toHaveURL(/\/o\/acme$/);
  await expect(member.getByRole('region', { name: 'Key figures' })).toBeVisible();
  await expect(member.getByRole('heading', { name: 'Recent activity' })).toHaveCount(0);
  await expect(member.getByText('api_key.create')).toHaveCount(0);
  await expect(member.getByText('member.password_reset')).toHaveCount(0);
  await member.context().close();
});

test('a custom role without org.read lands on the first page it may open, not on a dashboard it may not see', async ({
  page,
  request,
  browser,
}) => {
  const token = await apiToken(request, 'owner@globex.test');
  const auth = { authorization: `Bearer ${token}` };
  const org = await orgId(request, token, 'globex');
  const tag = Date.now().toString(36);
  const created = await request.post(`/api/v1/organizations/${org}/roles`, {
    headers: auth,
    data: { name: `Viewer ${tag}`, permissions: ['members.read'] },
  });
  expect(created.status()).toBe(201);
  const role = (await created.json()) as { id: string };
  const email = `viewer-${tag}@example.test`;
  const temporaryPassword = 'temporary passphrase 92';
  const added = await request.post(`/api/v1/organizations/${org}/members`, {
    headers: auth,
    data: { email, firstName: 'Vera', lastName: 'Viewer', roleId: role.id, temporaryPassword },
  });
  expect(added.status()).toBe(201);
  const userId = await memberId(request, token, org, email);

  await signIn(page, email, temporaryPassword);
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.goto('/o/globex/team');
  await expect(page).toHaveURL(/\/account\?mustChange=1$/);
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill('viewer passphrase 2026');
  await page.getByLabel('Repeat the new password').fill('viewer passphrase 2026');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByTestId('password-saved')).toBeVisible();

  // Signing in again lands on the team, the first page the role opens.
  const fresh = await (await browser.newContext()).newPage();
  await signIn(fresh, email, 'viewer passphrase 2026');
  await expect(fresh).toHaveURL(/\/o\/globex\/team$/);
  await expect(fresh.getByRole('table', { name: 'Members' })).toBeVisible();
  await expect(fresh.getByText('You do not have access')).toHaveCount(0);
  // The dashboard's own address sends them there too.
  await fresh.goto('/o/globex');
  await expect(fresh).toHaveURL(/\/o\/globex\/team$/);
  await fresh.context().close();

  expect((await request.delete(`/api/v1/organizations/${org}/members/${userId}`, { headers: auth })).status()).toBe(
    204,
  );
  expect((await request.delete(`/api/v1/organizations/${org}/roles/${role.id}`, { headers: auth })).status()).toBe(204);
});
