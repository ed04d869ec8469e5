import { expect, test } from '../fixtures';
import { signIn } from '../helpers';

test('a member shares their profile card, it opens without sign-in, and stops after revocation', async ({
  page,
  browser,
}) => {
  await signIn(page, 'member@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Share your profile' });
  await section.getByLabel('Link expires after').selectOption({ label: '1 day' });
  await section.getByRole('button', { name: 'Create link' }).click();
  const urlField = section.getByLabel('Share link URL');
  await expect(urlField).toHaveValue(/\/p\/[\w-]{40,}$/);
  const url = await urlField.inputValue();
  const newest = section.getByRole('list', { name: 'Your share links' }).getByRole('listitem').first();
  await expect(newest).toContainText('Active');

  // A stranger's browser: no session, the card opens, and is kept out of search engines.
  const context = await browser.newContext();
  const guest = await context.newPage();
  const opened = await guest.goto(url);
  expect(opened?.status()).toBe(200);
  await expect(guest.getByRole('article', { name: 'Profile of Mia Meyer' })).toBeVisible();
  await expect(guest.getByText('Acme')).toBeVisible();
  await expect(guest.getByText('Sales')).toBeVisible();
  await expect(guest.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  // Revoked on the account page: the same URL is a 404 page saying so.
  await newest.getByRole('button', { name: 'Revoke' }).click();
  await expect(newest).toContainText('Revoked');
  const gone = await guest.goto(url);
  expect(gone?.status()).toBe(404);
  await expect(guest.getByRole('heading', { name: 'This link is no longer available' })).toBeVisible();
  await context.close();
});
