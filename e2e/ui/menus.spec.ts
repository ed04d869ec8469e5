import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { signIn } from '../helpers';

const rows = (page: Page) =>
  page
    .getByRole('table', { name: 'Members' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });

test.use({ viewport: { width: 1440, height: 900 } });

test('the last row’s Actions menu opens fully, works by keyboard, and an item opens its dialog', async ({ page }) => {
  await signIn(page, 'owner@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/team');
  const last = rows(page).last();
  await expect(last).toBeVisible();
  const trigger = last.getByRole('button', { name: 'Actions' });
  await trigger.scrollIntoViewIfNeeded();

  // By mouse: every item of the menu is on screen, none cut off by the table's frame.
  await trigger.click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu).toBeInViewport({ ratio: 1 });
  const items = menu.getByRole('menuitem');
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i++) await expect(items.nth(i)).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(trigger).toBeFocused();

  // By keyboard: Enter opens it on the first item, arrows move, Escape closes it back to the trigger.
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(trigger).toBeFocused();

  // An item that opens a dialog: the dialog opens and the menu is gone; Escape closes the dialog.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await expect(items.first()).toHaveText('Edit');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(menu).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus is back on the row's trigger, so the keyboard user goes on from where they were.
  await expect(trigger).toBeFocused();

  // The same after the dialog's own Cancel button.
  await page.keyboard.press('Enter');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
});
