import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../fixtures';
import { apiToken, signIn } from '../helpers';

const SUPERADMIN = 'admin@demo.test';
const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/**
 * A fresh org, so no other spec's invitees meet this onboarding form. Its owner is only invited;
 * the superadmin (who acts as an owner in every org) edits the form, so no seeded user gains a second org.
 */
async function freshOrg(request: APIRequestContext, id: string) {
  const headers = { authorization: `Bearer ${await apiToken(request, SUPERADMIN)}` };
  const created = await request.post('/api/v1/organizations', {
    headers,
    data: {
      name: `Forms ${id}`,
      slug: `forms-${id}`,
      admin: { email: `owner-${id}@forms.test`, firstName: 'Ada', lastName: 'Admin' },
    },
  });
  expect(created.status()).toBe(201);
  const org = (await created.json()).organization as { id: string; slug: string };
  return org;
}

async function inviteLink(request: APIRequestContext, orgId: string, email: string): Promise<string> {
  const headers = { authorization: `Bearer ${await apiToken(request, SUPERADMIN)}` };
  const roles = await (await request.get(`/api/v1/organizations/${orgId}/roles`, { headers })).json();
  const roleId = roles.data.find((r: { key: string }) => r.key === 'member').id;
  const res = await request.post(`/api/v1/organizations/${orgId}/invitations`, { headers, data: { email, roleId } });
  expect(res.status()).toBe(201);
  const su = { authorization: `Bearer ${await apiToken(request, SUPERADMIN)}` };
  let link = '';
  await expect
    .poll(async () => {
      const box = await (
        await request.get(`/api/v1/dev/mailbox?to=${encodeURIComponent(email)}`, { headers: su })
      ).json();
      const mail = (box.data as { subject: string; text: string }[]).find((m) => /invited you to/.test(m.subject));
      link = mail?.text.match(/https?:\/\/\S+?(\/invite\/[\w%-]+)/)?.[1] ?? '';
      return link;
    })
    .not.toBe('');
  return link;
}

test('an admin edits the onboarding form; a new member accepts an invitation and fills in the new version', async ({
  page,
  request,
  browser,
}) => {
  const id = stamp();
  const org = await freshOrg(request, id);
  await signIn(page, SUPERADMIN);
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto(`/o/${org.slug}/settings/forms`);
  await expect(page.getByText('Not set up yet')).toBeVisible();

  // Version 1: the default section; then version 2 with a new title, help text and a required phone field.
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByTestId('form-save-message')).toHaveText('Saved as version 1.');
  await page.getByLabel('Section title').fill(`Say hello ${id}`);
  await page.getByLabel('Section help text').fill('Your colleagues will see this');
  await page.getByRole('button', { name: 'Add field' }).click();
  await page.getByLabel('Section 1, field 2: label').fill('Mobile number');
  await page.getByLabel('Section 1, field 2: help text').fill('Starting with +');
  await page.getByRole('listitem', { name: 'Section 1, field 2' }).getByLabel('Required').check();
  await expect(page.getByRole('region', { name: 'Form preview' }).getByText(`Say hello ${id}`)).toBeVisible();
  await page.getByRole('button', { name: 'Save form' }).click();
  await expect(page.getByTestId('form-save-message')).toHaveText('Saved as version 2.');
  await expect(page.getByText('Shown to new members')).toContainText('Version 2.');

  // The invitee joins and lands on the onboarding page showing version 2.
  const email = `forms-${id}@example.test`;
  const link = await inviteLink(request, org.id, email);
  const context = await browser.newContext();
  const guest = await context.newPage();
  await guest.goto(link);
  await guest.getByLabel('First name').fill('Olga');
  await guest.getByLabel('Last name').fill('Onboard');
  const password = 'olga reads the onboarding form';
  await guest.getByLabel('Password', { exact: true }).fill(password);
  await guest.getByLabel('Repeat the password').fill(password);
  await guest.getByRole('button', { name: /^Join/ }).click();
  await expect(guest).toHaveURL(new RegExp(`/o/${org.slug}/onboarding`));
  await expect(guest.getByRole('heading', { name: `Say hello ${id}` })).toBeVisible();
  await expect(guest.getByText('Your colleagues will see this')).toBeVisible();

  // Same rules as the server: the required phone, then its E.164 format.
  await guest.getByRole('button', { name: 'Save and continue' }).click();
  await expect(guest.getByText('Mobile number is required')).toBeVisible();
  await guest.getByLabel('Mobile number *').fill('12345');
  await guest.getByRole('button', { name: 'Save and continue' }).click();
  await expect(guest.getByText(/E\.164/)).toBeVisible();
  await guest.getByLabel('Mobile number *').fill('+4915112345678');
  await guest.getByLabel('Job title').fill('Greeter');
  await guest.getByRole('button', { name: 'Save and continue' }).click();
  await expect(guest).toHaveURL(new RegExp(`/o/${org.slug}$`));
  const me = await (await guest.request.get('/api/v1/me')).json();
  expect(me).toMatchObject({ phone: '+4915112345678', jobTitle: 'Greeter' });
  await context.close();
});
