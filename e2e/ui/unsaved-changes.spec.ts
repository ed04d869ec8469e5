import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { adminOpensSettingsTab, hydrated, signIn } from '../helpers';

const top = async (locator: Locator) => (await locator.boundingBox())?.y ?? Number.NaN;

/** Closing the tab with unsaved changes brings up the browser's own "leave site?" prompt. */
async function promptsOnClose(page: Page) {
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const prompt = await dialog;
  const type = prompt.type();
  await prompt.accept();
  return type;
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}px the matrix keeps its role headers and save bar in view and asks before leaving unsaved changes`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signIn(page, 'admin@acme.test');
    await expect(page).toHaveURL(/\/o\/acme/);
    await page.goto('/o/acme/roles');
    const matrix = page.getByRole('region', { name: 'Permission matrix' });
    const box = matrix.locator('input[type=checkbox]:enabled').last();
    await hydrated(box);
    const roleHeader = matrix.getByRole('columnheader').nth(1);

    // Change the last permission, far down the matrix: the save bar is on screen, and scrolling the
    // matrix leaves the role headers at its top.
    await box.scrollIntoViewIfNeeded();
    await box.click();
    const bar = page.getByRole('region', { name: 'Unsaved changes' });
    await expect(bar).toBeInViewport();
    await expect.poll(() => matrix.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expect(roleHeader).toBeInViewport();
    expect(Math.abs((await top(roleHeader)) - (await top(matrix)))).toBeLessThan(2);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(bar).toBeInViewport();

    // A link inside the app asks first; staying keeps the change.
    const nav = page.getByRole('navigation', { name: 'Main' });
    if (viewport.width < 768) await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Departments' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(leave).toBeVisible();
    await leave.getByRole('button', { name: 'Cancel' }).click();
    await expect(leave).toBeHidden();
    await expect(page).toHaveURL(/\/o\/acme\/roles$/);
    await expect(bar).toBeVisible();

    // Leaving on purpose goes, and the change is not saved.
    if (viewport.width < 768 && !(await nav.isVisible())) await page.getByRole('button', { name: 'Menu' }).click();
    await nav.getByRole('link', { name: 'Departments' }).click();
    await leave.getByRole('button', { name: 'Leave without saving' }).click();
    await expect(page).toHaveURL(/\/o\/acme\/departments/);
    await page.goto('/o/acme/roles');
    await expect(page.getByRole('region', { name: 'Unsaved changes' })).toHaveCount(0);

    // With nothing changed, links just go; closing the tab with a change brings up the browser's prompt.
    await hydrated(box);
    await box.click();
    await expect(bar).toBeVisible();
    expect(await promptsOnClose(page)).toBe('beforeunload');
  });
}

test('the e-mail template editor asks before leaving unsaved text, and not once it matches what is saved', async ({
  page,
}) => {
  await adminOpensSettingsTab(page, 'E-mail templates');
  await page.getByRole('link', { name: 'Edit invitation', exact: true }).click();
  const subject = page.getByLabel('Subject');
  await hydrated(subject);
  const original = await subject.inputValue();
  await subject.fill(`${original} (draft)`);

  await page.getByRole('link', { name: 'All templates' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await expect(subject).toHaveValue(`${original} (draft)`);

  // Typed back to what is saved: nothing to lose, the link just goes.
  await subject.fill(original);
  await page.getByRole('link', { name: 'All templates' }).click();
  await expect(page.getByRole('table', { name: 'E-mail templates' })).toBeVisible();
  await expect(leave).toHaveCount(0);

  await page.getByRole('link', { name: 'Edit invitation', exact: true }).click();
  await hydrated(subject);
  await subject.fill(`${original} (draft)`);
  expect(await promptsOnClose(page)).toBe('beforeunload');
});
