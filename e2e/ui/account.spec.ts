import type { APIRequestContext, Page } from '@playwright/test';
import { activeAccount, linkIn, mailTo, unique } from '../accounts';
import { expect, test } from '../fixtures';
import { apiToken, signIn } from '../helpers';

/** How many activation mails the dev mailbox holds for `to` (the resend job sends its own). */
async function activationMails(request: APIRequestContext, to: string) {
  const token = await apiToken(request, 'admin@demo.test');
  const res = await request.get(`/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const { data } = (await res.json()) as { data: { to: string; subject: string }[] };
  return data.filter((m) => m.to.toLowerCase() === to.toLowerCase() && /Activate/.test(m.subject)).length;
}

async function fillSignUp(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await page.getByLabel(label, { exact: true }).fill(value);
}

test('sign up in the browser, activate from the mailed link, sign in', async ({ page, request }) => {
  const id = unique();
  const email = `founder-${id}@example.test`;
  const password = 'purple giraffes dance at noon';
  const organization = `E2E Labs ${id}`;

  await page.goto('/signup');
  await fillSignUp(page, {
    'First name': 'Frida',
    'Last name': 'Founder',
    'Work e-mail': email,
    'Organization name': organization,
    Password: password,
    'Repeat the password': 'something else entirely',
  });
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('The passwords do not match')).toBeVisible();
  await expect(page.getByText('Accept the terms and conditions to continue')).toBeVisible();

  // The server's password policy answers next to the field too.
  await fillSignUp(page, { Password: 'qwerty123456', 'Repeat the password': 'qwerty123456' });
  // The terms the checkbox accepts are one click away (TERMS_URL), in a new tab.
  const terms = page.getByRole('link', { name: 'Read the terms' });
  await expect(terms).toHaveAttribute('href', 'https://example.com/terms');
  await expect(terms).toHaveAttribute('target', '_blank');
  await page.getByLabel('I accept the terms and conditions').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText(/too common/)).toBeVisible();

  await fillSignUp(page, { Password: password, 'Repeat the password': password });
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signup-done')).toContainText(email);

  // Not active yet.
  await signIn(page, email, password);
  await expect(page.getByRole('alert').filter({ hasText: /Activate your account/ })).toBeVisible();
  // A new activation link is offered right there.
  await page.getByRole('button', { name: 'Send a new activation link' }).click();
  await expect(page.getByRole('form', { name: 'Send a new activation link' }).getByRole('status')).toBeVisible();
  await expect.poll(() => activationMails(request, email)).toBe(2);

  const link = linkIn(await mailTo(request, email, /Activate/), '/activate');
  await page.goto(link);
  await page.getByRole('button', { name: 'Activate my account' }).click();
  // Straight to sign-in, the e-mail filled in: only the password is asked.
  await expect(page).toHaveURL(/\/signin\?activated=1/);
  await expect(page.getByTestId('activation-result')).toBeVisible();
  await expect(page.getByLabel('E-mail')).toHaveValue(email);
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/o/e2e-labs-${id}`));

  // The link works once.
  await page.goto(link);
  await page.getByRole('button', { name: 'Activate my account' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /already used/ })).toBeVisible();
});

test('forgot password, reset by the mailed link, sign in with the new password', async ({ page, request }) => {
  const account = await activeAccount(request);
  const newPassword = 'seven lanterns over the bay';

  await page.goto('/forgot-password');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByRole('button', { name: 'Send reset link and code' }).click();
  await expect(page.getByTestId('forgot-done')).toBeVisible();

  const mail = await mailTo(request, account.email, /Reset your/);
  expect(mail).toMatch(/code: \d{6}/);
  const link = linkIn(mail, '/reset-password');
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Repeat the new password').fill(newPassword);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByTestId('reset-done')).toBeVisible();

  await page.getByRole('link', { name: 'Sign in' }).click();
  await signIn(page, account.email, account.password);
  await expect(page.getByRole('alert').filter({ hasText: /Invalid e-mail or password/ })).toBeVisible();
  await signIn(page, account.email, newPassword);
  await expect(page).toHaveURL(/\/o\/e2e-account-/);

  // The link works once.
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('another fine long password');
  await page.getByLabel('Repeat the new password').fill('another fine long password');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /already used/ })).toBeVisible();
});

test('the account page changes the password and signs other sessions out', async ({ page, request }) => {
  const account = await activeAccount(request);
  // Another session of the same person, through the API.
  const other = await request.post('/api/v1/auth/token', { data: account });
  expect(other.status()).toBe(200);
  const otherToken = (await other.json()).accessToken as string;

  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/o\//);
  await page.goto('/account');
  const sessions = page.getByRole('list', { name: 'Active sessions' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByText('This session')).toBeVisible();

  await page.getByLabel('Current password').fill('not my password at all');
  await page.getByLabel('New password', { exact: true }).fill('bright autumn harbour lights');
  await page.getByLabel('Repeat the new password').fill('bright autumn harbour lights');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The current password is not right')).toBeVisible();

  await page.getByLabel('Current password').fill(account.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByTestId('password-saved')).toBeVisible();
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  const me = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${otherToken}` } });
  expect(me.status()).toBe(401);

  // Still signed in here.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
});
