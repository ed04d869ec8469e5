import { expect, type Page, test } from '@playwright/test';
import { startDns } from '../../lib/test/dns';
import { dnsPort } from '../dns-port';
import { adminOpensSettingsTab, signIn } from '../helpers';

const rowOf = (page: Page, domain: string) =>
  page.getByRole('table', { name: 'Domains' }).getByRole('row').filter({ hasText: domain });

test('an admin adds a domain, verifies it once its TXT record is published, and deletes it', async ({ page }) => {
  // The e2e server looks TXT records up here (DNS_SERVERS in playwright.config.ts).
  const dns = await startDns({}, {}, dnsPort);
  try {
    await adminOpensSettingsTab(page, 'Domains');
    await expect(page.getByText('No domains yet')).toBeVisible();

    const domain = `e2e-${Date.now()}.example.com`;
    const record = `_portal-verification.${domain}`;
    await page.getByLabel('Domain', { exact: true }).fill(domain.toUpperCase());
    await page.getByRole('button', { name: 'Add domain' }).click();
    await expect(page.getByText(`${domain} is added`)).toBeVisible();
    const row = rowOf(page, domain);
    await expect(row).toContainText('Pending');
    await expect(row).toContainText(record);
    await expect(row).toContainText('Never');
    const value = await row.getByLabel('Value').inputValue();
    expect(value).toMatch(/^portal-verification=\S{20,}$/);

    await row.getByRole('button', { name: `Verify ${domain}` }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'No TXT record' })).toHaveText(
      `No TXT record found at ${record}`,
    );
    await expect(row).toContainText('Failed');
    await expect(row).not.toContainText('Never');

    dns.txt[record] = ['v=spf1 -all', value];
    await row.getByRole('button', { name: `Verify ${domain}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `${domain} is verified.` })).toBeVisible();
    await expect(row).toContainText('Verified');
    expect(dns.queries).toContain(`TXT ${record}`);

    await page.getByLabel('Domain', { exact: true }).fill('gmail.com');
    await page.getByRole('button', { name: 'Add domain' }).click();
    await expect(page.getByText('Public mail domains cannot be claimed by an organization')).toBeVisible();
    await page.getByLabel('Domain', { exact: true }).fill(domain);
    await page.getByRole('button', { name: 'Add domain' }).click();
    await expect(page.getByText('This organization has already added this domain')).toBeVisible();
    await expect(page.getByLabel('Domain', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    await row.getByRole('button', { name: `Delete ${domain}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete domain' });
    await expect(dialog).toContainText(domain);
    await dialog.getByRole('button', { name: 'Delete domain' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(rowOf(page, domain)).toHaveCount(0);
    await expect(page.getByText('No domains yet')).toBeVisible();
  } finally {
    await dns.close();
  }
});

test('a member has no Domains entry and no access to the page', async ({ page }) => {
  await signIn(page, 'member@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/settings');
  await expect(page.getByRole('navigation', { name: 'Settings' }).getByRole('link')).toHaveText(['General']);
  await page.goto('/o/acme/settings/domains');
  await expect(page.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add domain' })).toHaveCount(0);
});
