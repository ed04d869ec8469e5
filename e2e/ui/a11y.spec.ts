import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SUPERADMIN } from '../accounts';
import { expect, test } from '../fixtures';
import { apiToken, memberId, orgId, signIn } from '../helpers';

/**
 * axe over every screen (WCAG 2.1 A and AA rules): no serious or critical violation. Each
 * screen is checked once it has rendered its main content; the message lists what was found.
 */
async function check(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main, [role="main"]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The e-mail preview is the tenant's own mail in a sandboxed frame without scripts, which axe
  // cannot enter (it waits for the frame forever): our screens, not the mails, are checked here.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('iframe[sandbox]')
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  // Soft: one run lists the violations of every screen.
  expect.soft(bad, `axe on ${path}`).toEqual([]);
}

test('the public screens have no serious or critical accessibility violations', async ({ page }) => {
  for (const path of ['/signin', '/signup', '/forgot-password', '/request-demo', '/activate', '/unlock']) {
    await check(page, path);
  }
});

test('the screens of an organization have no serious or critical accessibility violations', async ({
  page,
  request,
}) => {
  // Twenty-two screens, each loaded, settled and analysed: more than the default minute.
  test.setTimeout(420_000);
  const token = await apiToken(request, 'admin@acme.test');
  const org = await orgId(request, token, 'acme');
  const member = await memberId(request, token, org, 'member@acme.test');
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  for (const path of [
    '/o/acme',
    '/o/acme/team',
    `/o/acme/team/${member}`,
    '/o/acme/teams',
    '/o/acme/departments',
    '/o/acme/roles',
    '/o/acme/applications',
    '/o/acme/invitations',
    '/o/acme/invitations/import',
    '/o/acme/requests',
    '/o/acme/requests/new',
    '/o/acme/audit',
    '/o/acme/settings',
    '/o/acme/settings/emails',
    '/o/acme/settings/emails/activation',
    '/o/acme/settings/api-keys',
    '/o/acme/settings/attributes',
    '/o/acme/settings/webhooks',
    '/o/acme/settings/forms',
    '/o/acme/settings/provisioning',
    '/o/acme/settings/domains',
    '/o/acme/settings/sso',
    '/account',
    '/account/two-factor',
  ]) {
    await check(page, path);
  }
});

test('the platform console has no serious or critical accessibility violations', async ({ page, request }) => {
  const token = await apiToken(request, 'admin@acme.test');
  const member = await memberId(request, token, await orgId(request, token, 'acme'), 'member@acme.test');
  await signIn(page, SUPERADMIN);
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  for (const path of [
    '/admin',
    '/admin/organizations',
    '/admin/organizations/new',
    '/admin/users',
    `/admin/users/${member}`,
    '/admin/audit',
    '/admin/attributes',
    '/admin/demo-requests',
  ]) {
    await check(page, path);
  }
});
