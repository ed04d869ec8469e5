import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { apiToken, memberId, newestMail, orgId, signIn, signInAndJoinAcme } from '../helpers';

const rows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });
const table = (page: Page) => page.getByRole('table', { name: 'Members' });

test('an admin searches, filters, sorts and pages the team, then adds, edits, deactivates and removes a member', async ({
  page,
}) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/team');
  for (const name of ['Olivia Owens', 'Adam Adler', 'Mia Meyer']) {
    await expect(table(page).getByRole('link', { name })).toBeVisible();
  }

  // Search (debounced, kept in the URL).
  await page.getByLabel('Search members').fill('meyer');
  await expect(page).toHaveURL(/q=meyer/);
  await expect(rows(page)).toHaveCount(1);
  await page.reload();
  await expect(page.getByLabel('Search members')).toHaveValue('meyer');
  await page.getByLabel('Search members').fill('');
  await expect(page).not.toHaveURL(/q=/);

  // Filters.
  await page.getByLabel('Filter by role').selectOption({ label: 'Owner' });
  await expect(page).toHaveURL(/role=owner/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Olivia Owens');
  await page.getByLabel('Filter by role').selectOption({ label: 'All roles' });
  await page.getByLabel('Filter by department').selectOption({ label: 'Sales' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Mia Meyer');
  await page.getByLabel('Filter by department').selectOption({ label: 'All departments' });
  // Other specs may have added people to Acme; the seeded three are there whatever else is.
  for (const name of ['Olivia Owens', 'Adam Adler', 'Mia Meyer']) {
    await expect(table(page).getByRole('link', { name })).toBeVisible();
  }

  // Sort both ways. Other specs add people to Acme, so only the seeded three's order is checked.
  const seededOrder = async () => {
    const text = (await table(page).textContent()) ?? '';
    return ['Adam Adler', 'Mia Meyer', 'Olivia Owens'].sort((a, b) => text.indexOf(a) - text.indexOf(b));
  };
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect.poll(seededOrder).toEqual(['Olivia Owens', 'Mia Meyer', 'Adam Adler']);
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(page).not.toHaveURL(/sort=-name/); // name ascending is the default: no sort in the URL
  await expect.poll(seededOrder).toEqual(['Adam Adler', 'Mia Meyer', 'Olivia Owens']);

  // Page.
  await page.getByLabel('Rows per page').selectOption('10');
  await expect(page).toHaveURL(/pageSize=10/);

  // Add a member with a temporary password.
  await page.getByRole('button', { name: 'Add member' }).click();
  const dialog = page.getByRole('dialog');
  const email = `new-${Date.now()}@acme.test`;
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByLabel('First name').fill('Nina');
  await dialog.getByLabel('Last name').fill('Newman');
  await dialog.getByLabel('Temporary password (optional)').fill('short');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog.getByText(/at least 12 characters/)).toBeVisible();
  await dialog.getByLabel('Temporary password (optional)').fill('a fine temporary passphrase');
  await dialog.getByRole('button', { name: 'Add member' }).click();
  await expect(dialog).toBeHidden();
  // The answer does not say whether the address had an account (it did not: Nina joins at once).
  await expect(page.getByText(`If ${email} is new here, their account is ready`)).toBeVisible();
  await expect(table(page).getByRole('link', { name: 'Nina Newman' })).toBeVisible();

  // Edit: job title and department.
  const nina = rows(page).filter({ hasText: 'Nina Newman' });
  await nina.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await dialog.getByLabel('Job title').fill('Buyer');
  await dialog.getByLabel('Department').selectOption({ label: 'Support' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(nina).toContainText('Support');

  // Deactivate, then remove.
  await nina.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Deactivate' }).click();
  await dialog.getByRole('button', { name: 'Deactivate' }).click();
  await expect(dialog).toBeHidden();
  await expect(nina).toContainText('Deactivated');
  await expect(page.getByText(`${email} was deactivated`)).toBeVisible();
  await expect(page.getByText(`${email} was updated`)).toHaveCount(0);
  await nina.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Activate' }).click();
  await dialog.getByRole('button', { name: 'Activate' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${email} was activated again`)).toBeVisible();
  await expect(nina).not.toContainText('Deactivated');
  await nina.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Remove' }).click();
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog).toBeHidden();
  await expect(table(page).getByRole('link', { name: 'Nina Newman' })).toHaveCount(0);

  // The member page.
  await table(page).getByRole('link', { name: 'Mia Meyer' }).click();
  await expect(page.getByRole('heading', { name: 'Mia Meyer' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'member@acme.test' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Sales' })).toBeVisible();
});

test('adding someone who has an account invites them: they join only by accepting, and the dialog answers as for anyone', async ({
  page,
  request,
  browser,
}) => {
  const existing = 'owner@globex.test';
  const fresh = `fresh-${Date.now().toString(36)}@example.test`;
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/team');
  const dialog = page.getByRole('dialog');
  const notices: string[] = [];
  for (const email of [existing, fresh]) {
    await page.getByRole('button', { name: 'Add member' }).click();
    await dialog.getByLabel('E-mail').fill(email);
    await dialog.getByLabel('First name').fill('Gil');
    await dialog.getByLabel('Last name').fill('Globex');
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await expect(dialog).toBeHidden();
    const notice = page.getByText(`We sent an invitation to ${email}. They join when they accept it.`);
    await expect(notice).toBeVisible();
    notices.push((await notice.textContent())!.replace(email, '@'));
    await page.getByRole('button', { name: 'Dismiss' }).click();
  }
  expect(notices[0]).toBe(notices[1]);
  // Not a member yet, and nothing of their profile was shown.
  await page.getByLabel('Search members').fill(existing);
  await expect(page.getByText('No members match')).toBeVisible();

  // They accept from the mailed link, signed in as themselves, and only then join.
  const text = await newestMail(request, existing, /invited you to Acme/);
  const link = text.match(/https?:\/\/\S+?(\/invite\/[\w%-]+)/)![1]!;
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(link);
  await signInAndJoinAcme(guest, link, existing);
  await guest.context().close();

  // Leave Acme as the other specs expect it.
  const token = await apiToken(request, 'admin@acme.test');
  const org = await orgId(request, token, 'acme');
  const headers = { authorization: `Bearer ${token}` };
  const removed = await request.delete(
    `/api/v1/organizations/${org}/members/${await memberId(request, token, org, existing)}`,
    { headers },
  );
  expect(removed.status()).toBe(204);
  const pending = await (await request.get(`/api/v1/organizations/${org}/invitations?q=${fresh}`, { headers })).json();
  for (const inv of pending.data as { id: string }[]) {
    await request.delete(`/api/v1/organizations/${org}/invitations/${inv.id}`, { headers });
  }
});
