import type { Page } from '@playwright/test';
import { generate } from 'otplib';
import pg from 'pg';
import { activeAccount, mailTo } from '../accounts';
import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn } from '../helpers';

/** The code an authenticator app would show `steps` 30-second steps from now. */
const codeAt = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/** Sets up the authenticator app on the page it is on, reading the secret off the page; returns it. */
async function enrollTotp(page: Page, password: string): Promise<string> {
  const app = page.getByRole('region', { name: 'Authenticator app' });
  await app.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await app.getByLabel('Your password').fill(password);
  await app.getByRole('button', { name: 'Continue' }).click();
  await expect(app.getByRole('img', { name: 'QR code to scan with your authenticator app' })).toBeVisible();
  const secret = (await app.getByTestId('totp-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await app.getByLabel('6-digit code from the app').fill(await codeAt(secret));
  await app.getByRole('button', { name: 'Turn on' }).click();
  await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  return secret;
}

async function signOut(page: Page) {
  await page.goto('/account');
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(page).toHaveURL(/\/signin/);
}

test('set up an authenticator app from the page, then sign in with its code (and a recovery code)', async ({
  page,
  request,
}) => {
  const account = await activeAccount(request);
  await signIn(page, account.email, account.password);
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto('/account#security');
  const secret = await enrollTotp(page, account.password);
  const recovery = (await page
    .getByRole('list', { name: 'Recovery codes' })
    .getByRole('listitem')
    .first()
    .textContent())!;
  await page.getByRole('button', { name: 'I saved them' }).click();
  await expect(page.getByRole('region', { name: 'Authenticator app' })).toContainText('On');
  await expect(page.getByRole('region', { name: 'Recovery codes' })).toContainText('10 of 10 recovery codes left');

  await signOut(page);
  await signIn(page, account.email, account.password);
  await expect(page.getByRole('heading', { name: 'Two-factor authentication' })).toBeVisible();
  await page.getByLabel('Authentication code').fill('000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('signin-error')).toContainText('not right');
  // The next step's code: the one used to turn the app on is spent.
  await page.getByLabel('Authentication code').fill(await codeAt(secret, 1));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto('/account');
  await expect(page.getByRole('list', { name: 'Active sessions' })).toContainText('with an authenticator code');

  await signOut(page);
  await signIn(page, account.email, account.password);
  await page.getByRole('button', { name: 'Use a recovery code' }).click();
  await page.getByLabel('Recovery code').fill(recovery);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto('/account');
  await expect(page.getByRole('region', { name: 'Recovery codes' })).toContainText('9 of 10 recovery codes left');
});

test('register a passkey with a virtual authenticator and sign in with it', async ({ page, request }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  const account = await activeAccount(request);
  await signIn(page, account.email, account.password);
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto('/account#security');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await page.getByLabel('Passkey name').fill('E2E laptop');
  await page.getByRole('button', { name: 'Create passkey' }).click();
  // The first factor brings the recovery codes.
  await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  await page.getByRole('button', { name: 'I saved them' }).click();
  await expect(page.getByRole('list', { name: 'Passkeys' })).toContainText('E2E laptop');
  expect((await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials).toHaveLength(1);

  await signOut(page);
  await signIn(page, account.email, account.password);
  await page.getByRole('button', { name: 'Use your passkey' }).click();
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto('/account');
  await expect(page.getByRole('list', { name: 'Active sessions' })).toContainText('with a passkey');
  await expect(page.getByRole('list', { name: 'Passkeys' })).toContainText('Last used');
});

test('requireMfa on Acme: member@acme.test gets 403, sees only enrollment, and after it reaches the team', async ({
  page,
  request,
}) => {
  const ownerToken = await apiToken(request, 'owner@acme.test');
  const acme = await orgId(request, ownerToken, 'acme');
  const owner = { authorization: `Bearer ${ownerToken}` };
  // An API key sets the policy: the owner has no second factor, and keys are not subject to it.
  const created = await request.post(`/api/v1/organizations/${acme}/api-keys`, {
    headers: owner,
    data: { name: 'e2e mfa policy', permissions: ['org.read', 'org.update', 'settings.manage'] },
  });
  expect(created.status()).toBe(201);
  const { id: keyId, key } = await created.json();
  const policy = (requireMfa: boolean) =>
    request.patch(`/api/v1/organizations/${acme}`, {
      headers: { authorization: `Bearer ${key}` },
      data: { requireMfa },
    });
  const memberToken = await apiToken(request, 'member@acme.test');
  const memberUserId = (
    await (await request.get('/api/v1/me', { headers: { authorization: `Bearer ${memberToken}` } })).json()
  ).id;
  expect((await policy(true)).status()).toBe(200);
  try {
    const blocked = await request.get(`/api/v1/organizations/${acme}/members`, {
      headers: { authorization: `Bearer ${memberToken}` },
    });
    expect(blocked.status()).toBe(403);
    expect((await blocked.json()).error.code).toBe('mfa_enrollment_required');

    await signIn(page, 'member@acme.test');
    await expect(page).toHaveURL(/\/account\/two-factor\?org=acme/);
    await expect(page.getByRole('heading', { name: 'Set up two-factor authentication' })).toBeVisible();
    await expect(page.getByText('Acme requires a second factor after your password')).toBeVisible();
    await page.goto('/o/acme/team');
    await expect(page).toHaveURL(/\/account\/two-factor\?org=acme/);
    await expect(page.getByRole('link', { name: 'Team', exact: true })).toHaveCount(0);

    await enrollTotp(page, 'correct-horse-battery');
    await page.getByRole('button', { name: 'I saved them' }).click();
    await page.getByRole('link', { name: 'Continue to Acme' }).click();
    await page.goto('/o/acme/team');
    await expect(page.getByRole('heading', { name: 'Team' })).toBeVisible();
    await expect(page.getByTestId('mfa-policy')).toContainText('required');
    const me = page.getByRole('row', { name: /member@acme\.test/ });
    await expect(me.getByRole('cell', { name: 'On' })).toBeVisible();
    const open = await request.get(`/api/v1/organizations/${acme}/members`, {
      headers: { authorization: `Bearer ${memberToken}` },
    });
    expect(open.status()).toBe(200);
  } finally {
    expect((await policy(false)).status()).toBe(200);
    // The owner resets the member's factors (mailed to them), so that the demo login stays password-only.
    const reset = await request.post(`/api/v1/organizations/${acme}/members/${memberUserId}/mfa/reset`, {
      headers: owner,
    });
    expect([200, 409]).toContain(reset.status());
    await request.delete(`/api/v1/organizations/${acme}/api-keys/${keyId}`, { headers: owner });
  }
  expect(await mailTo(request, 'member@acme.test', /two-factor authentication was reset/)).toContain('Acme');
});

test('a sensitive change on a sign-in older than 10 minutes asks for the password in a dialog', async ({
  page,
  request,
}) => {
  expect(process.env.E2E_DATABASE_URL, 'E2E_DATABASE_URL: the database of the server under test').toBeTruthy();
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  // Eleven minutes pass, as far as the confirmation of this sign-in is concerned.
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `UPDATE sessions SET confirmed_at = now() - interval '11 minutes'
        WHERE user_id = (SELECT id FROM users WHERE email = 'admin@acme.test') AND revoked_at IS NULL`,
    );
  } finally {
    await client.end();
  }
  await page.goto('/o/acme/settings/api-keys');
  await page.getByRole('button', { name: 'New API key' }).first().click();
  const form = page.getByRole('dialog', { name: 'New API key' });
  const name = `E2E step-up ${Date.now().toString(36)}`;
  await form.getByLabel('Name').fill(name);
  await form.getByRole('checkbox', { name: 'departments.read' }).check();
  await form.getByRole('button', { name: 'Create key' }).click();

  const confirm = page.getByRole('dialog', { name: 'Confirm it is you' });
  await confirm.getByLabel('Your password').fill('not the password');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm.getByText('The password is not right')).toBeVisible();
  await confirm.getByLabel('Your password').fill('correct-horse-battery');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(confirm).toBeHidden();
  const secret = page.getByRole('dialog', { name: 'Copy your new API key' });
  await expect(secret.getByText('This is the only time the key is shown.')).toBeVisible();

  const token = await apiToken(request, 'admin@acme.test');
  const acme = await orgId(request, token, 'acme');
  const headers = { authorization: `Bearer ${token}` };
  const keys = await (await request.get(`/api/v1/organizations/${acme}/api-keys?pageSize=100`, { headers })).json();
  const made = keys.data.find((k: { name: string }) => k.name === name);
  expect(made).toBeTruthy();
  expect((await request.delete(`/api/v1/organizations/${acme}/api-keys/${made.id}`, { headers })).status()).toBe(204);
});
