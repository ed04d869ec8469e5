import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { startOidcProvider } from '../../lib/test/oidc-provider';
import { createSamlIdp, readAuthnRequest, type SamlIdp, type SignWhat } from '../../lib/test/saml-idp';
import { unique } from '../accounts';
import { adminOpensSettingsTab, apiToken, hydrated, orgId } from '../helpers';

/**
 * The IdP built in the test, serving its SSO URL on loopback: it reads our AuthnRequest and answers
 * with the page a real IdP shows after sign-in, which posts a SAMLResponse for `email` (signed as
 * `sign` says) back to our ACS. (A browser route cannot stand in: redirects are not intercepted.)
 */
async function startIdp(email: string, sign: SignWhat = 'assertion') {
  let idp: SamlIdp | undefined;
  const server = createServer((req, res) => {
    const request = readAuthnRequest(`${idp!.entityId.replace(/\/saml$/, '')}${req.url}`);
    const response = idp!.response({
      acsUrl: request.acsUrl,
      audience: request.acsUrl.replace(/\/acs$/, '/metadata'),
      inResponseTo: request.id,
      nameId: email,
      attributes: { givenName: 'Sam', sn: 'Lee' },
      sign,
    });
    const field = (name: string, value: string) => `<input type="hidden" name="${name}" value="${value}">`;
    res.setHeader('content-type', 'text/html');
    res.end(
      `<form id="f" method="post" action="${request.acsUrl}">${field('SAMLResponse', response)}` +
        `${field('RelayState', request.relayState)}</form><script>document.getElementById('f').submit()</script>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  idp = createSamlIdp(`http://127.0.0.1:${(server.address() as AddressInfo).port}/saml`);
  return { idp, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Acme without identity providers of other tests, so that "Continue with SSO" for acme finds this one. */
async function noOtherConnections(request: APIRequestContext) {
  const token = await apiToken(request, 'admin@acme.test');
  const base = `/api/v1/organizations/${await orgId(request, token, 'acme')}`;
  const headers = { authorization: `Bearer ${token}` };
  await request.patch(base, { headers, data: { ssoRequired: false } });
  const list = await (await request.get(`${base}/sso-connections`, { headers })).json();
  for (const c of list.data as { id: string }[]) {
    expect((await request.delete(`${base}/sso-connections/${c.id}`, { headers })).status()).toBe(204);
  }
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
  request,
}) => {
  await noOtherConnections(request);
  const email = `sam-${unique()}@sso.example.com`;
  const { idp, close } = await startIdp(email);
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
  const person = await guest.newPage();
  await person.goto('/signin');
  await person.getByLabel('Organization or work address').fill('acme');
  const go = person.getByRole('button', { name: 'Continue with SSO' });
  await hydrated(go);
  await go.click();
  await expect(person).toHaveURL(/\/o\/acme/);
  await person.goto('/account');
  await expect(person.getByTestId('user-email')).toHaveText(email);
  await guest.close();

  await close();
  await page.reload();
  await expect(page.getByRole('region', { name })).not.toContainText('Never');
  await deleteConnection(page, name);
});

test('a refused SAML answer sends the person back to sign-in with the reason, and the admin sees it', async ({
  page,
  browser,
}) => {
  const { idp, close } = await startIdp(`nobody-${unique()}@sso.example.com`, 'none');
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
  const person = await guest.newPage();
  await person.goto(start!);
  await expect(person).toHaveURL(/\/signin/);
  await expect(person.getByTestId('sso-error')).toContainText('refused');
  await guest.close();
  await close();

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
    await expect(person.getByTestId('user-email')).toHaveText(email);
    await guest.close();
    await deleteConnection(page, name);
  } finally {
    await provider.close();
  }
});
