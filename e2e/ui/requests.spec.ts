import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn } from '../helpers';

const ADMIN = 'admin@acme.test';
const SUPERADMIN = 'admin@demo.test';
const TEMPORARY = 'a fine temporary passphrase';
const PASSWORD = 'requests flow like a steady river';
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** A fresh Acme member with a password of their own (added by the admin, temporary password then changed). */
async function newMember(request: APIRequestContext, lastName: string) {
  const admin = await apiToken(request, ADMIN);
  const org = await orgId(request, admin, 'acme');
  const roles = await (await request.get(`/api/v1/organizations/${org}/roles`, { headers: auth(admin) })).json();
  const roleId = (key: string) => roles.data.find((r: { key: string }) => r.key === key).id as string;
  const email = `rr-${unique()}@acme.test`;
  const added = await request.post(`/api/v1/organizations/${org}/members`, {
    headers: auth(admin),
    data: { email, firstName: 'Riley', lastName, roleId: roleId('member'), temporaryPassword: TEMPORARY },
  });
  expect(added.status()).toBe(201);
  const token = await request.post('/api/v1/auth/token', { data: { email, password: TEMPORARY } });
  const changed = await request.post('/api/v1/me/password', {
    headers: auth((await token.json()).accessToken),
    data: { currentPassword: TEMPORARY, newPassword: PASSWORD },
  });
  expect(changed.status()).toBe(204);
  return { email, org, roleId };
}

async function pageAs(browser: Browser, email: string, password?: string): Promise<Page> {
  const page = await browser.newPage();
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/o\/acme/);
  return page;
}

test('a member requests a role, an admin approves it, and the member gets the new access', async ({
  browser,
  request,
}) => {
  const { email } = await newMember(request, `Approve ${unique()}`);
  const member = await pageAs(browser, email, PASSWORD);
  await expect(nav(member).getByRole('link', { name: 'Invitations' })).toHaveCount(0);

  // The form explains what is missing, then sends the request.
  await nav(member).getByRole('link', { name: 'Request a role' }).click();
  await expect(member.getByRole('heading', { name: 'Request a role' })).toBeVisible();
  await member.getByRole('button', { name: 'Send request' }).click();
  await expect(member.getByText('Choose a role', { exact: true })).toBeVisible();
  await expect(member.getByText('Tell the reviewers why you need this role')).toBeVisible();
  await member.getByLabel('Role').selectOption({ label: 'Admin' });
  await expect(member.getByText('The Admin role can:')).toBeVisible();
  await member.getByLabel('Reason').fill('I onboard the new hires of my team.');
  await member.getByRole('button', { name: 'Send request' }).click();
  await expect(member).toHaveURL(/\/o\/acme\/requests\/[\w-]+$/);
  await expect(member.getByTestId('request-status')).toHaveText('Pending');
  await expect(member.getByRole('button', { name: 'Cancel request…' })).toBeVisible();
  await expect(member.getByRole('button', { name: 'Approve…' })).toHaveCount(0);

  // The admin finds it among the pending requests and approves it.
  const admin = await pageAs(browser, ADMIN);
  await nav(admin).getByRole('link', { name: 'Requests' }).click();
  await expect(admin.getByRole('heading', { name: 'Role requests' })).toBeVisible();
  await expect(admin.getByTestId('pending-count')).toContainText('pending request');
  await admin.getByRole('button', { name: /^Pending/ }).click();
  await expect(admin).toHaveURL(/status=pending/);
  await admin.getByLabel('Search requests').fill(email);
  await expect(admin).toHaveURL(/q=/);
  await admin.getByRole('link', { name: /^Riley Approve/ }).click();
  await expect(admin.getByText('I onboard the new hires of my team.')).toBeVisible();
  await expect(admin.getByText('invitations.create', { exact: true })).toBeVisible();
  await admin.getByRole('button', { name: 'Approve…' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByLabel('Note (optional)').fill('Welcome to the admins.');
  await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByTestId('request-status')).toHaveText('Approved');
  await expect(admin.getByRole('button', { name: 'Approve…' })).toHaveCount(0);

  // The member now has the admin's access, and sees the outcome on their account page.
  await member.goto('/o/acme');
  await expect(nav(member).getByRole('link', { name: 'Invitations' })).toBeVisible();
  await expect(nav(member).getByRole('link', { name: 'Requests' })).toBeVisible();
  await member.goto('/account');
  const mine = member.getByTestId('my-role-requests').getByRole('listitem').first();
  await expect(mine).toContainText('Admin in Acme');
  await expect(mine).toContainText('Approved');
  await expect(mine).toContainText('Welcome to the admins.');
});

test('a rejection needs a note, and the note reaches the requester', async ({ browser, request }) => {
  const lastName = `Reject ${unique()}`;
  const { email, org, roleId } = await newMember(request, lastName);
  const token = (await (await request.post('/api/v1/auth/token', { data: { email, password: PASSWORD } })).json())
    .accessToken;
  const created = await request.post(`/api/v1/organizations/${org}/role-requests`, {
    headers: auth(token),
    data: { roleId: roleId('admin'), reason: 'I would like to manage departments.' },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  const admin = await pageAs(browser, ADMIN);
  await admin.goto(`/o/acme/requests?status=pending&q=${encodeURIComponent(email)}`);
  await admin.getByRole('link', { name: `Riley ${lastName}` }).click();
  await expect(admin).toHaveURL(new RegExp(`/requests/${id}$`));
  await admin.getByRole('button', { name: 'Reject…' }).click();
  const dialog = admin.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(dialog.getByText('Say why the request is rejected')).toBeVisible();
  await dialog.getByLabel('Note to the requester').fill('Departments are run by the office team.');
  await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByTestId('request-status')).toHaveText('Rejected');
  await expect(admin.getByTestId('request-note')).toHaveText('Departments are run by the office team.');

  // The requester reads the note on their account page, and by e-mail.
  const member = await pageAs(browser, email, PASSWORD);
  await member.goto('/account');
  const mine = member.getByTestId('my-role-requests').getByRole('listitem').first();
  await expect(mine).toContainText('Admin in Acme');
  await expect(mine).toContainText('Rejected');
  await expect(mine).toContainText('Departments are run by the office team.');

  const superadmin = await apiToken(request, SUPERADMIN);
  await expect
    .poll(async () => {
      const res = await request.get(`/api/v1/dev/mailbox?to=${encodeURIComponent(email)}`, {
        headers: auth(superadmin),
      });
      const { data } = (await res.json()) as { data: { subject: string; text: string }[] };
      return data.find((m) => /was rejected$/.test(m.subject))?.text ?? '';
    })
    .toContain('Departments are run by the office team.');
});
