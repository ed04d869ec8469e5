import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { signIn } from '../helpers';

const rows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });
const count = async (page: Page, status: string) =>
  Number(await page.getByTestId(`count-${status}`).locator('span').last().textContent());

test('a prospect requests a demo; a superadmin finds it, schedules it and sees the counts change', async ({ page }) => {
  const company = `Prospect Co ${Date.now()}`;

  // The public form: field errors first, then a request that goes through.
  await page.goto('/request-demo');
  await page.getByRole('button', { name: 'Request a demo' }).click();
  await expect(page.getByText('First name is required')).toBeVisible();
  await expect(page.getByText('Agree to be contacted about the demo to send the request')).toBeVisible();
  await page.getByLabel('First name').fill('Katherine');
  await page.getByLabel('Last name').fill('Johnson');
  await page.getByLabel('Work e-mail').fill('katherine@prospect.test');
  await page.getByLabel('Phone (optional)').fill('12345');
  await page.getByLabel('Company').fill(company);
  await page.getByLabel('Message (optional)').fill('A demo for our HR team, please.');
  await page.getByLabel(/I agree to be contacted/).check();
  await page.getByRole('button', { name: 'Request a demo' }).click();
  await expect(page.getByText('Enter the phone number in international format')).toBeVisible();
  await page.getByLabel('Phone (optional)').fill('+1 757 555 0100');
  await page.getByRole('button', { name: 'Request a demo' }).click();
  await expect(page.getByTestId('demo-request-done')).toBeVisible();

  // The superadmin's pipeline.
  await signIn(page, 'admin@demo.test');
  await page.waitForURL((url) => url.pathname !== '/signin');
  await page.goto('/admin');
  await page.getByRole('link', { name: /Demo requests/ }).click();
  await expect(page).toHaveURL(/\/admin\/demo-requests/);
  const newBefore = await count(page, 'new');
  const scheduledBefore = await count(page, 'scheduled');
  expect(newBefore).toBeGreaterThanOrEqual(1);

  await page.getByLabel('Search demo requests').fill(company);
  await expect(page).toHaveURL(/q=Prospect/);
  await expect(rows(page)).toHaveCount(1);
  const row = rows(page).first();
  await expect(row).toContainText('Katherine Johnson');
  await expect(row).toContainText('New');

  // Scheduling without a date is refused next to the field; with a date it saves.
  await row.getByRole('button', { name: 'Open' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('A demo for our HR team, please.')).toBeVisible();
  await expect(dialog.getByText('+17575550100')).toBeVisible();
  await dialog.getByLabel('Status').selectOption('scheduled');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Choose the demo date to schedule the demo')).toBeVisible();
  await dialog.getByLabel('Demo date').fill('2030-03-04T15:30');
  await dialog.getByLabel('Internal notes').fill('Bring the HR deck');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Scheduled');
  await expect(row).toContainText('2030');

  // The counts follow (they are counted for the search, so look at them without it).
  await page.getByLabel('Search demo requests').fill('');
  await expect(page).not.toHaveURL(/q=/);
  await expect.poll(() => count(page, 'scheduled')).toBe(scheduledBefore + 1);
  expect(await count(page, 'new')).toBe(newBefore - 1);

  // The status count is a filter, kept in the URL.
  await page.getByTestId('count-scheduled').click();
  await expect(page).toHaveURL(/status=scheduled/);
  await expect(rows(page).filter({ hasText: company })).toHaveCount(1);
  await expect(page.getByTestId('count-scheduled')).toHaveAttribute('aria-pressed', 'true');

  // Scheduled already offers "Convert to organization"; completed too, prefilled for the onboarding wizard.
  await rows(page).filter({ hasText: company }).getByRole('button', { name: 'Open' }).click();
  await expect(dialog.getByRole('link', { name: 'Convert to organization' })).toBeVisible();
  await page.keyboard.press('Escape');
  await rows(page).filter({ hasText: company }).getByRole('button', { name: 'Open' }).click();
  await dialog.getByLabel('Status').selectOption('completed');
  await dialog.getByLabel('Feedback').fill('Convinced');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('count-completed').click();
  await rows(page).filter({ hasText: company }).getByRole('button', { name: 'Open' }).click();
  const convert = dialog.getByRole('link', { name: 'Convert to organization' });
  await expect(convert).toHaveAttribute(
    'href',
    /\/admin\/organizations\/new\?name=Prospect\+Co.*adminEmail=katherine%40prospect\.test/,
  );

  // Converting it onboards the organization; the job queue then marks the request converted.
  await convert.click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(company);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByLabel('E-mail')).toHaveValue('katherine@prospect.test');
  // The request's phone comes along, so the first admin's details need no retyping.
  await expect(page.getByLabel('Phone', { exact: true })).toHaveValue(/757\s?555\s?0100/);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByRole('heading', { name: `${company} is ready` })).toBeVisible();
  await expect
    .poll(
      async () => {
        await page.goto('/admin/demo-requests?status=converted');
        return rows(page).filter({ hasText: company }).count();
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  await rows(page).filter({ hasText: company }).getByRole('button', { name: 'Open' }).click();
  await expect(dialog.getByText('Converted into an organization')).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'open it' })).toHaveAttribute('href', /\/admin\/organizations\/\w+/);
  await expect(dialog.getByRole('link', { name: 'Convert to organization' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Delete with confirmation.
  await rows(page).filter({ hasText: company }).getByRole('button', { name: 'Delete' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows(page).filter({ hasText: company })).toHaveCount(0);
});

test('a member of an organization gets 404 at /admin/demo-requests', async ({ page }) => {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  const res = await page.goto('/admin/demo-requests');
  expect(res?.status()).toBe(404);
});
