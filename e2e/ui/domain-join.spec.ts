import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import pg from 'pg';
import { SSO_REQUIRED } from '../../lib/schemas/auth';
import { startDns } from '../../lib/test/dns';
import { linkIn, mailTo, unique } from '../accounts';
import { dnsPort } from '../dns-port';
import { adminOpensSettingsTab, apiToken, hydrated, orgId, signIn } from '../helpers';

const PASSWORD = 'four silver spoons in a drawer';

/** Sign-up and activation through the API, as activeAccount does, with an e-mail on `domain`. */
async function personOn(request: APIRequestContext, domain: string) {
  const id = unique();
  const email = `person-${id}@${domain}`;
  const res = await request.post('/api/v1/auth/signup', {
    data: {
      email,
      password: PASSWORD,
      firstName: 'Jo',
      lastName: 'Joiner',
      organizationName: `Own ${id}`,
      acceptTerms: true,
    },
  });
  expect(res.status()).toBe(201);
  const token = linkIn(await mailTo(request, email, /Activate/), '/activate').split('token=')[1]!;
  expect((await request.post('/api/v1/auth/activate', { data: { token } })).status()).toBe(204);
  return email;
}

/** A fresh browser of the person, signed in with their password. */
async function personSignsIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

test('joining by domain: auto, suggest, and single sign-on required', async ({ page, request, browser }) => {
  expect(process.env.E2E_DATABASE_URL, 'E2E_DATABASE_URL: the database of the server under test').toBeTruthy();
  const dns = await startDns({}, {}, dnsPort);
  const domain = `join-${unique()}.example.com`;
  try {
    await adminOpensSettingsTab(page, 'Domains');
    await hydrated(page.getByRole('button', { name: 'Add domain' }));
    await page.getByLabel('Domain', { exact: true }).fill(domain);
    await page.getByRole('button', { name: 'Add domain' }).click();
    await expect(page.getByText(`${domain} is added`)).toBeVisible();
    const row = page.getByRole('table', { name: 'Domains' }).getByRole('row').filter({ hasText: domain });
    dns.txt[`_portal-verification.${domain}`] = [await row.getByLabel('Value').inputValue()];
    await row.getByRole('button', { name: `Verify ${domain}` }).click();
    await expect(row).toContainText('Verified');

    // Auto: a new person on the domain is a member of Acme at their first sign-in.
    await page.getByLabel('Join automatically').check();
    await page.getByLabel('Role of people joining by domain').selectOption({ label: 'Member (the built-in role)' });
    await page.getByRole('button', { name: 'Save joining' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Joining by domain saved.' })).toBeVisible();
    const auto = await personSignsIn(browser, await personOn(request, domain));
    const orgs = auto.getByRole('navigation', { name: 'Your organizations' });
    await expect(orgs.getByRole('link', { name: /Acme/ })).toBeVisible();
    await orgs.getByRole('link', { name: /Acme/ }).click();
    await expect(auto).toHaveURL(/\/o\/acme$/);

    // Suggest: the next person is offered Acme after sign-in and joins with one click.
    await page.getByLabel('Suggest').check();
    await page.getByRole('button', { name: 'Save joining' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Joining by domain saved.' })).toBeVisible();
    const suggested = await personSignsIn(browser, await personOn(request, domain));
    await expect(suggested).toHaveURL(/\/join$/);
    // The screen a11y.spec.ts cannot reach (its people have nothing suggested), checked here.
    const axe = await new AxeBuilder({ page: suggested })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
    await suggested.getByRole('button', { name: 'Join Acme' }).click();
    await expect(suggested).toHaveURL(/\/o\/acme$/);

    // Without an enabled connection the toggle explains itself; with one, the admin turns it on.
    const toggle = page.getByLabel('Require single sign-on');
    await expect(toggle).toBeDisabled();
    await expect(page.getByText('Set up and enable a single sign-on connection first.')).toBeVisible();
    const token = await apiToken(request, 'admin@acme.test');
    const created = await request.post(`/api/v1/organizations/${await orgId(request, token, 'acme')}/sso-connections`, {
      headers: { authorization: `Bearer ${token}` },
      data: {
        type: 'oidc',
        name: 'E2E IdP',
        issuer: 'https://idp.e2e.test',
        clientId: 'e2e',
        clientSecret: 'e2e-secret',
      },
    });
    expect(created.status()).toBe(201);
    await page.reload();
    await toggle.check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Single sign-on setting saved.' })).toBeVisible();
    const refused = await personSignsIn(browser, await personOn(request, domain));
    await expect(refused.getByTestId('signin-error')).toHaveText(SSO_REQUIRED);
  } finally {
    await dns.close();
    await sql(`UPDATE organizations SET sso_required = false, domain_join = 'off' WHERE slug = 'acme'`);
    await sql(`DELETE FROM sso_connections WHERE name = 'E2E IdP'`);
    // Acme's Domains list is as other specs expect it (e2e/ui/domains.spec.ts starts from none).
    await sql('DELETE FROM organization_domains WHERE domain = $1', [domain]);
  }
});
