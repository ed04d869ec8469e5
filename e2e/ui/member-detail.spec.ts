import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { apiToken, hydrated, memberId, newestMail, orgId, signIn } from '../helpers';

const MIA = 'member@acme.test';
/** What an admin sees on Mia's page (she has no second factor, so no "Reset two-factor"). */
const adminButtons = ['Edit', 'Change role', 'Change department', 'Reset password', 'Deactivate', 'Grant'];
const actionButtons = [...adminButtons, 'Activate', 'Reset two-factor'];

/** The ids of the dev-mailbox messages to `to`, newest first (read as the superadmin). */
async function mailIds(request: APIRequestContext, to: string): Promise<string[]> {
  const token = await apiToken(request, 'admin@demo.test');
  const res = await request.get(`/api/v1/dev/mailbox?to=${encodeURIComponent(to)}&pageSize=100`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await res.json()).data as { id: string }[]).map((m) => m.id);
}

const fact = (page: Page, label: string) =>
  page
    .getByRole('region', { name: 'Profile' })
    .getByRole('term')
    .filter({ hasText: label })
    .locator('xpath=following-sibling::dd[1]');

test("an admin edits, moves, deactivates, reactivates and resets a member from the member's page", async ({
  page,
  request,
}) => {
  // An application of our own, so that the grants section has something to grant.
  const token = await apiToken(request, 'admin@acme.test');
  const org = await orgId(request, token, 'acme');
  const headers = { authorization: `Bearer ${token}` };
  const appName = `Ledger ${Date.now().toString(36)}`;
  const created = await request.post(`/api/v1/organizations/${org}/applications`, {
    headers,
    data: { name: appName, type: 'Finance', accessLevels: ['viewer', 'clerk'] },
  });
  expect(created.status()).toBe(201);
  const app = (await created.json()) as { id: string };

  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/team');
  await page.getByRole('table', { name: 'Members' }).getByRole('link', { name: 'Mia Meyer' }).click();
  await expect(page).toHaveURL(/\/o\/acme\/team\/[^/]+$/);
  await expect(page.getByRole('heading', { name: 'Mia Meyer', level: 1 })).toBeVisible();
  const dialog = page.getByRole('dialog');
  const status = page.getByRole('status').filter({ hasText: MIA });
  const edit = page.getByRole('button', { name: 'Edit', exact: true });
  await hydrated(edit);
  for (const name of adminButtons) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();

  // Edit: the job title.
  await edit.click();
  await expect(dialog.getByRole('heading', { name: 'Edit member' })).toBeVisible();
  await dialog.getByLabel('Job title').fill('Account executive');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toHaveText(/member@acme\.test was updated/);
  await expect(fact(page, 'Job title')).toHaveText('Account executive');

  // Change the department, with the department alone.
  await page.getByRole('button', { name: 'Change department' }).click();
  await expect(dialog.getByRole('heading', { name: 'Change department' })).toBeVisible();
  await expect(dialog.getByLabel('Job title')).toHaveCount(0);
  await expect(dialog.getByLabel('Department')).toHaveValue(/.+/);
  await dialog.getByLabel('Department').selectOption({ label: 'Support' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toHaveText(/member@acme\.test is now in Support\./);
  await expect(fact(page, 'Department')).toHaveText('Support');
  await expect(fact(page, 'Job title')).toHaveText('Account executive');

  // The role dialog offers the roles an admin may give (not Owner), at Mia's own.
  await page.getByRole('button', { name: 'Change role' }).click();
  await expect(dialog.getByRole('heading', { name: 'Change role' })).toBeVisible();
  await expect(dialog.getByLabel('Role')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Role').locator('option:checked')).toHaveText('Member');
  await expect(
    dialog
      .getByLabel('Role')
      .locator('option')
      .filter({ hasText: /^Owner$/ }),
  ).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // Deactivate, then reactivate: the message and the status each time.
  await page.getByRole('button', { name: 'Deactivate' }).click();
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toHaveText(/member@acme\.test was deactivated/);
  await expect(fact(page, 'Status')).toHaveText('Deactivated');
  await expect(page.getByRole('button', { name: 'Deactivate' })).toHaveCount(0);
  const grants = page.getByRole('region', { name: 'Applications' });
  const grant = grants.getByRole('button', { name: 'Grant', exact: true });
  await expect(grant).toHaveCount(0); // a deactivated member is granted nothing new
  await page.getByRole('button', { name: 'Activate' }).click();
  await dialog.getByRole('button', { name: 'Activate' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toHaveText(/member@acme\.test was activated again/);
  await expect(fact(page, 'Status')).toHaveText('Active');
  await expect(page.getByRole('button', { name: 'Deactivate' })).toBeVisible();
  await expect(grant).toBeVisible();

  // Send a password reset: the message, and the mail arrives.
  const before = await mailIds(request, MIA);
  await page.getByRole('button', { name: 'Reset password' }).click();
  await dialog.getByRole('button', { name: 'Send reset e-mail' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toHaveText(/Reset e-mail sent to member@acme\.test/);
  await expect.poll(async () => (await mailIds(request, MIA)).filter((id) => !before.includes(id)).length).toBe(1);
  const mail = await newestMail(request, MIA, /Reset your .* password/);
  expect(mail).toMatch(/\/reset-password\?token=/);
  // Recent activity, read again after each action, has it too.
  await expect(page.getByRole('region', { name: 'Recent activity about this member' })).toContainText(
    'member.password_reset',
  );

  // Grants: the section shows them and grants access.
  await expect(grants).toBeVisible();
  await grants.getByLabel('Application', { exact: true }).selectOption({ label: appName });
  await grants.getByLabel('Access level', { exact: true }).selectOption('clerk');
  await grant.click();
  await expect(grants.getByText(`Access to ${appName} granted (clerk).`)).toBeVisible();
  await expect(grants.getByRole('row', { name: new RegExp(appName) })).toBeVisible();
  await expect(grants.getByLabel(`Access level in ${appName}`)).toHaveValue('clerk');
  await grants
    .getByRole('row', { name: new RegExp(appName) })
    .getByRole('button', { name: 'Remove' })
    .click();
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog).toBeHidden();
  await expect(grants.getByRole('link', { name: appName })).toHaveCount(0);

  // Leave Mia and Acme as the other specs expect them (department Sales, no job title).
  const userId = await memberId(request, token, org, MIA);
  const sales = (await (await request.get(`/api/v1/organizations/${org}/departments?q=Sales`, { headers })).json())
    .data[0] as { id: string };
  const restored = await request.patch(`/api/v1/organizations/${org}/members/${userId}`, {
    headers,
    data: { departmentId: sales.id, jobTitle: null },
  });
  expect(restored.status()).toBe(200);
  expect((await request.delete(`/api/v1/organizations/${org}/applications/${app.id}`, { headers })).status()).toBe(204);
});

test("a plain member sees another member's page without any action", async ({ page }) => {
  await signIn(page, MIA);
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/team');
  await page.getByRole('table', { name: 'Members' }).getByRole('link', { name: 'Adam Adler' }).click();
  await expect(page).toHaveURL(/\/o\/acme\/team\/[^/]+$/);
  await expect(page.getByRole('heading', { name: 'Adam Adler', level: 1 })).toBeVisible();
  await hydrated(page.getByRole('link', { name: '← Team' }));
  await expect(fact(page, 'E-mail')).toHaveText('admin@acme.test');
  // The grants section is there, read-only.
  await expect(page.getByRole('region', { name: 'Applications' })).toBeVisible();
  await expect(page.getByText('Grant access below.')).toHaveCount(0);
  for (const name of actionButtons) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: 'Actions' })).toHaveCount(0);
});
