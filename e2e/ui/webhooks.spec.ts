import { expect, type Page, test } from '@playwright/test';
import { startReceiver } from '../../lib/test/webhook-receiver';
import { adminOpensSettingsTab, apiToken, orgId, signIn } from '../helpers';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
let receiver: Receiver;

test.beforeAll(async () => {
  receiver = await startReceiver();
});
test.afterAll(() => receiver.close());

const rows = (page: Page) =>
  page
    .getByRole('table', { name: 'Deliveries' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

/** The delivery log fills in as the server's worker delivers: refresh until `check` holds. */
async function untilLog(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await check();
  }).toPass({ timeout: 30_000, intervals: [500, 1000] });
}

test('an admin adds a webhook endpoint, sees signed deliveries, retries a failed one, rotates and deletes', async ({
  page,
  request,
}) => {
  await adminOpensSettingsTab(page, 'Webhooks');
  await expect(page.getByText('No endpoints yet')).toBeVisible();

  await page.getByRole('button', { name: 'New endpoint' }).click();
  const dialog = page.getByRole('dialog', { name: 'New endpoint' });
  await dialog.getByRole('button', { name: 'Create endpoint' }).click();
  await expect(dialog.getByText('URL is required')).toBeVisible();
  await expect(dialog.getByText('Choose at least one event')).toBeVisible();

  // Not in WEBHOOK_ALLOWED_HOSTS: refused by the server before anything is sent there.
  await dialog.getByLabel('Endpoint URL').fill(`http://127.0.0.2:${receiver.port}/hook`);
  await dialog.getByRole('checkbox', { name: 'department.created' }).check();
  await dialog.getByRole('button', { name: 'Create endpoint' }).click();
  await expect(dialog.getByText(/127\.0\.0\.2, a loopback address/)).toBeVisible();

  await dialog.getByLabel('Endpoint URL').fill(receiver.url);
  await dialog.getByLabel('Description').fill('E2E HR system');
  await dialog.getByRole('button', { name: 'Create endpoint' }).click();
  const shown = page.getByRole('dialog', { name: 'Copy the signing secret' });
  await expect(shown.getByText('This is the only time the secret is shown.')).toBeVisible();
  const secret = await shown.getByLabel('Signing secret').inputValue();
  expect(secret).toMatch(/^whsec_/);
  await shown.getByRole('button', { name: 'Done' }).click();

  const row = page.getByRole('row').filter({ hasText: receiver.url });
  await expect(row).toContainText('Enabled');
  await expect(row).toContainText('department.created');
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);
  await row.getByRole('link', { name: receiver.url }).click();
  await expect(page.getByRole('heading', { name: receiver.url })).toBeVisible();
  await expect(page.getByText('No deliveries yet')).toBeVisible();

  // A test event, then a real one made through the API: both arrive signed.
  await page.getByRole('button', { name: 'Send test event' }).click();
  await expect(page.getByText(`A test event is on its way to ${receiver.url}.`)).toBeVisible();
  const token = await apiToken(request, 'admin@acme.test');
  const id = await orgId(request, token, 'acme');
  const name = `Webhooks ${Date.now().toString(36)}`;
  const dept = await request.post(`/api/v1/organizations/${id}/departments`, {
    headers: { authorization: `Bearer ${token}` },
    data: { name },
  });
  expect(dept.status()).toBe(201);
  await untilLog(page, async () => {
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).filter({ hasText: 'Succeeded' })).toHaveCount(2);
  });
  const created = receiver.received.find((r) => r.body.includes(name));
  expect(receiver.verify(secret, created!)).toMatchObject({ type: 'department.created', data: { name } });

  await page.getByLabel('Event').selectOption('department.created');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('department.created');
  await page.getByLabel('Event').selectOption('');

  // The receiver fails three times: the delivery fails after its retries, then a retry by hand succeeds.
  receiver.answer({ status: 500, body: 'receiver down' }, 500, 500);
  await page.getByRole('button', { name: 'Send test event' }).click();
  await page.getByRole('button', { name: 'Failed', exact: true }).click();
  await untilLog(page, async () => {
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText('500');
  });
  await rows(page).first().getByRole('button', { name: 'Details' }).click();
  const details = page.getByRole('dialog', { name: 'Delivery' });
  await expect(details.getByText('Attempt 3')).toBeVisible();
  await expect(details.getByText('receiver down')).toBeVisible();
  await expect(details.getByText('"type": "webhook.test"')).toBeVisible();
  await details.getByRole('button', { name: 'Close' }).click();
  await rows(page).first().getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('webhook.test is being sent again.')).toBeVisible();
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await untilLog(page, async () => {
    await expect(rows(page).filter({ hasText: 'Succeeded' })).toHaveCount(3);
  });

  await page.getByRole('button', { name: 'Rotate secret' }).click();
  await page
    .getByRole('dialog', { name: 'Rotate the signing secret' })
    .getByRole('button', { name: 'Rotate secret' })
    .click();
  const next = page.getByRole('dialog', { name: 'Copy the signing secret' });
  const newSecret = await next.getByLabel('Signing secret').inputValue();
  expect(newSecret).not.toBe(secret);
  await next.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('Signed with the new and the previous secret until')).toBeVisible();

  await page.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Disabled', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send test event' })).toBeDisabled();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete endpoint' }).getByRole('button', { name: 'Delete endpoint' }).click();
  await expect(page).toHaveURL(/\/settings\/webhooks$/);
  await expect(page.getByText('No endpoints yet')).toBeVisible();
});

test('a member sees no webhooks settings', async ({ page }) => {
  await signIn(page, 'member@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/settings/webhooks');
  await expect(page.getByText(/webhooks\.manage/)).toBeVisible();
});
