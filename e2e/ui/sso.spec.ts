import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { startOidcProvider } from '../../lib/test/oidc-provider';
import { createSamlIdp, readAuthnRequest, type SamlIdp, type SignWhat } from '../../lib/test/saml-idp';
import { unique } from '../accounts';
import { adminOpensSettingsTab } from '../helpers';

/**
 * The IdP built in the test answers its SSO URL in the browser: it reads our AuthnRequest and posts
 * a signed SAMLResponse for `email` back to the ACS, as a real IdP's page does.
 */
async function idpAnswers(context: BrowserContext, idp: SamlIdp, email: string, sign: SignWhat = 'assertion') {
  await context.route(`${idp.ssoUrl}**`, async (route) => {
    const request = readAuthnRequest(route.request().url());
    const audience = request.acsUrl.replace(/\/acs$/, '/metadata');
    const response = idp.response({
      acsUrl: request.acsUrl,
      audience,
      inResponseTo: request.id,
      nameId: email,
      attributes: { givenName: 'Sam', sn: 'Lee' },
      sign,
    });
    const field = (name: string, value: string) => `<input type="hidden" name="${name}" value="${value}">`;
    await route.fulfill({
      contentType: 'text/html',
      body:
        `<form id="f" method="post" action="${request.acsUrl}">${field('SAMLResponse', response)}` +
        `${field('RelayState', request.relayState)}</form><script>document.getElementById('f').submit()</script>`,
    });
  });
}

/** Removed again, so that "Continue with SSO" for acme finds no connection of one test in another. */
async function deleteConnection(page: Page, name: string) {
  await page.reload();
  await page.getByRole('region', { name }).getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete connection' });
  await dialog.getByRole('button', { name: 'Delete connection' }).click();
  await expect(page.getByRole('region', { name })).toHaveCount(0);
}

test('an admin adds a SAML connection; a new person signs in through it and lands in the org', async ({
  page,
  browser,
}) => {
  const idp = createSamlIdp();
  const name = `Test IdP ${unique()}`;
  await adminOpensSettingsTab(page, 'Single sign-on');
  await page.getByRole('button', { name: 'Add connection' }).click();
  const form = page.getByRole('form', { name: 'New connection' });
  await form.getByLabel('SAML 2.0').check();
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Add connection' }).click();
  await expect(form.getByText('Paste the identity provider metadata')).toBeVisible();
  await form.getByLabel('Identity provider metadata').fill(idp.metadata);
  await form.getByRole('button', { name: 'Add connection' }).click();
  const card = page.getByRole('region', { name });
  await expect(card).toContainText(idp.entityId);
  await expect(card.getByLabel('ACS URL')).toHaveValue(/\/api\/sso\/saml\/[^/]+\/acs$/);
  await card.getByRole('button', { name: 'Check' }).click();
  await expect(card.getByRole('list', { name: 'Check results' })).toContainText('valid until');

  const guest = await browser.newContext();
  const email = `sam-${unique()}@sso.example.com`;
  await idpAnswers(guest, idp, email);
  const person = await guest.newPage();
  await person.goto('/signin');
  await person.getByLabel('Organization or work address').fill('acme');
  await person.getByRole('button', { name: 'Continue with SSO' }).click();
  await expect(person).toHaveURL(/\/o\/acme/);
  await person.goto('/account');
  await expect(person.getByText(email)).toBeVisible();
  await guest.close();

  await page.reload();
  await expect(page.getByRole('region', { name })).not.toContainText('Never');
  await deleteConnection(page, name);
});

test('a refused SAML answer sends the person back to sign-in with the reason, and the admin sees it', async ({
  page,
  browser,
}) => {
  const idp = createSamlIdp();
  const name = `Unsigned IdP ${unique()}`;
  await adminOpensSettingsTab(page, 'Single sign-on');
  await page.getByRole('button', { name: 'Add connection' }).click();
  const form = page.getByRole('form', { name: 'New connection' });
  await form.getByLabel('SAML 2.0').check();
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Identity provider metadata').fill(idp.metadata);
  await form.getByRole('button', { name: 'Add connection' }).click();
  const card = page.getByRole('region', { name });
  await expect(card).toBeVisible();
  const start = await card.getByRole('link', { name: 'Try signing in' }).getAttribute('href');

  const guest = await browser.newContext();
  await idpAnswers(guest, idp, `nobody-${unique()}@sso.example.com`, 'none');
  const person = await guest.newPage();
  await person.goto(start!);
  await expect(person).toHaveURL(/\/signin/);
  await expect(person.getByTestId('sso-error')).toContainText('refused');
  await guest.close();

  await page.reload();
  await expect(page.getByRole('region', { name }).getByText('Last failed sign-in')).toBeVisible();
  await deleteConnection(page, name);
});

test('an admin adds an OIDC connection; a person signs in at a real OpenID provider and is created', async ({
  page,
  browser,
}) => {
  const provider = await startOidcProvider();
  try {
    const name = `OIDC ${unique()}`;
    await adminOpensSettingsTab(page, 'Single sign-on');
    await page.getByRole('button', { name: 'Add connection' }).click();
    const form = page.getByRole('form', { name: 'New connection' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Issuer').fill(provider.issuer);
    await form.getByLabel('Client ID').fill('portal-e2e');
    await form.getByLabel('Client secret').fill('portal-e2e-secret');
    await form.getByRole('button', { name: 'Add connection' }).click();
    const card = page.getByRole('region', { name });
    const redirectUri = await card.getByLabel('Redirect URI').inputValue();
    expect(redirectUri).toMatch(/\/api\/sso\/oidc\/[^/]+\/callback$/);
    await expect(card).not.toContainText('portal-e2e-secret');
    provider.register({ clientId: 'portal-e2e', clientSecret: 'portal-e2e-secret', redirectUri });
    await card.getByRole('button', { name: 'Check' }).click();
    await expect(card.getByRole('list', { name: 'Check results' })).toContainText('Discovery');
    await expect(card.getByRole('list', { name: 'Check results' })).not.toContainText('✗');

    const email = `oidc-${unique()}@oidc.example.com`;
    provider.state.signInAs = {
      sub: `sub-${unique()}`,
      email,
      email_verified: true,
      given_name: 'Olive',
      family_name: 'Ide',
    };
    const connectionId = redirectUri.split('/').at(-2);
    const guest = await browser.newContext();
    const person = await guest.newPage();
    await person.goto(`/api/sso/start?connection=${connectionId}&callbackUrl=/account`);
    await expect(person).toHaveURL(/\/account/);
    await expect(person.getByText(email)).toBeVisible();
    await guest.close();
    await deleteConnection(page, name);
  } finally {
    await provider.close();
  }
});
