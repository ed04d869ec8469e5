import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn } from '../helpers';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const rows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });

test('an admin creates an app, grants it from the app page, changes the level from the member page, revokes it', async ({
  page,
  request,
}) => {
  const name = `Campaigns ${unique()}`;
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.getByRole('link', { name: 'Applications', exact: true }).click();
  await expect(page).toHaveURL(/\/o\/acme\/applications$/);

  // Create, with a level list the form checks before sending.
  await page.getByRole('button', { name: 'New application' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Type').fill('Default App');
  await dialog.getByLabel('Access levels').fill('viewer, Viewer');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Each access level may appear only once')).toBeVisible();
  await dialog.getByLabel('Access levels').fill('viewer, editor, manager');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // Found by search; its page says nobody has access yet.
  await page.getByLabel('Search applications').fill(name);
  await expect(page).toHaveURL(/q=/);
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByText('Nobody has access yet')).toBeVisible();

  // Grant to Mia at "editor" from the app page.
  await page.getByRole('button', { name: 'Grant access' }).first().click();
  await dialog.getByLabel('Find members').fill('member@acme.test');
  await dialog.getByRole('checkbox', { name: /\smember@acme\.test$/ }).check();
  await dialog.getByLabel('Access level').selectOption('editor');
  await dialog.getByRole('button', { name: 'Grant access' }).click();
  await expect(dialog).toBeHidden();
  const level = page.getByLabel('Access level of Mia Meyer');
  await expect(level).toHaveValue('editor');

  // The member page shows it; change it to "manager" there.
  await page.getByRole('link', { name: 'Mia Meyer' }).click();
  await expect(page).toHaveURL(/\/o\/acme\/team\/[^/]+$/);
  const userId = page.url().split('/').pop()!;
  const grants = page.getByRole('region', { name: 'Applications' });
  const memberLevel = grants.getByLabel(`Access level in ${name}`);
  await expect(memberLevel).toHaveValue('editor');
  await memberLevel.selectOption('manager');
  await expect(memberLevel).toBeEnabled();
  await page.reload();
  await expect(grants.getByLabel(`Access level in ${name}`)).toHaveValue('manager');

  // An external system asks the API in one call.
  const token = await apiToken(request, 'admin@acme.test');
  const org = await orgId(request, token, 'acme');
  const appId = (await grants.getByRole('link', { name }).getAttribute('href'))!.split('/').pop();
  const check = await request.get(`/api/v1/organizations/${org}/members/${userId}/applications/${appId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(await check.json()).toMatchObject({ application: { name }, accessLevel: 'manager' });

  // Revoke from the member page.
  await grants
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('button', { name: 'Remove' })
    .click();
  await dialog.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog).toBeHidden();
  await expect(grants.getByRole('link', { name })).toHaveCount(0);
  // It can be granted again from here.
  await expect(grants.getByLabel('Application', { exact: true })).toContainText(name);

  // The app page agrees.
  await page.goto(`/o/acme/applications/${appId}`);
  await expect(page.getByText('Nobody has access yet')).toBeVisible();
});

test('a member sees applications and grants read-only', async ({ page, request }) => {
  const name = `Wiki ${unique()}`;
  const token = await apiToken(request, 'admin@acme.test');
  const org = await orgId(request, token, 'acme');
  const headers = { authorization: `Bearer ${token}` };
  const created = await request.post(`/api/v1/organizations/${org}/applications`, {
    headers,
    data: { name, type: 'Docs', owner: 'Acme IT' },
  });
  expect(created.status()).toBe(201);
  const app = await created.json();
  const memberToken = await apiToken(request, 'member@acme.test');
  const me = await (await request.get('/api/v1/me', { headers: { authorization: `Bearer ${memberToken}` } })).json();
  const granted = await request.post(`/api/v1/organizations/${org}/members/${me.id}/applications`, {
    headers,
    data: { appIds: [app.id], accessLevel: 'write' },
  });
  expect(granted.status()).toBe(200);

  await signIn(page, 'member@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/applications');
  await page.getByLabel('Search applications').fill(name);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Acme IT');
  await expect(page.getByRole('button', { name: 'New application' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);

  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(rows(page).filter({ hasText: 'Mia Meyer' })).toContainText('write');
  await expect(page.getByRole('button', { name: 'Grant access' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
  await expect(page.getByLabel('Access level of Mia Meyer')).toHaveCount(0);

  // Writing through the API is refused too.
  const denied = await request.post(`/api/v1/organizations/${org}/applications`, {
    headers: { authorization: `Bearer ${memberToken}` },
    data: { name: `${name} copy` },
  });
  expect(denied.status()).toBe(403);
});
