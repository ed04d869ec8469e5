import { expect, test } from '../fixtures';
import { apiToken, memberId, orgId, signIn, signInWithNewRole } from '../helpers';

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
  const viewer = await signInWithNewRole(page, request, {
    role: 'Viewer',
    firstName: 'Vera',
    lastName: 'Viewer',
    permissions: ['members.read'],
    newPassword: 'viewer passphrase 2026',
  });

  // Signing in again lands on the team, the first page the role opens.
  const fresh = await (await browser.newContext()).newPage();
  await signIn(fresh, viewer.email, 'viewer passphrase 2026');
  await expect(fresh).toHaveURL(/\/o\/globex\/team$/);
  await expect(fresh.getByRole('table', { name: 'Members' })).toBeVisible();
  await expect(fresh.getByText('You do not have access')).toHaveCount(0);
  // The dashboard's own address sends them there too.
  await fresh.goto('/o/globex');
  await expect(fresh).toHaveURL(/\/o\/globex\/team$/);
  await fresh.context().close();

  await viewer.remove();
});
