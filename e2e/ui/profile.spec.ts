import sharp from 'sharp';
import { expect, test } from '../fixtures';
import { apiToken, hydrated, memberId, orgId, signIn } from '../helpers';

const MEMBER = 'member@acme.test';

test('a member edits their profile, uploads an avatar, sees it and removes it', async ({ page }) => {
  await signIn(page, MEMBER);
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.goto('/account');

  const profile = page.getByRole('region', { name: 'Profile' });
  await hydrated(profile.getByRole('button', { name: 'Save profile' }));
  await profile.getByLabel('Phone').fill('12345');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByText(/E\.164/)).toBeVisible();

  const title = `Account Executive ${Date.now().toString(36)}`;
  await profile.getByLabel('Job title').fill(title);
  await profile.getByLabel('Phone').fill('+4930123456789');
  // The country is picked by its name and stored as its ISO code.
  await profile.getByLabel('Country').selectOption({ label: 'Germany' });
  await profile.getByLabel('Language').selectOption('de');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByTestId('profile-saved')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Job title')).toHaveValue(title);
  await expect(page.getByLabel('Country')).toHaveValue('DE');
  await expect(page.getByLabel('Country').locator('option:checked')).toHaveText('Germany');
  await expect(page.getByLabel('Language')).toHaveValue('de');

  const avatar = page.getByRole('region', { name: 'Picture' });
  const png = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#3b82f6' } })
    .png()
    .toBuffer();
  await hydrated(avatar.getByLabel('Avatar image file'));
  await avatar.getByLabel('Avatar image file').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: png });
  const img = avatar.getByTestId('avatar-image');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(256);

  // A PDF with an image name: the server refuses it, the page says why. (Before the reload: a file
  // chosen before the reloaded page has hydrated would reach no handler.)
  await avatar
    .getByLabel('Avatar image file')
    .setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect(avatar.getByRole('alert')).toContainText('JPEG, PNG or WebP');
  // The refused file changed nothing: the uploaded picture is still there after a reload.
  await page.reload();
  await expect(page.getByTestId('avatar-image')).toBeVisible();

  const remove = page.getByRole('button', { name: 'Remove', exact: true });
  await hydrated(remove);
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Remove your picture?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Remove picture' }).click();
  await expect(page.getByTestId('avatar-initials')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('avatar-initials')).toBeVisible();
});

test('an account with an admin-set password must change it before entering the org', async ({ page, request }) => {
  const token = await apiToken(request, 'owner@globex.test');
  const org = await orgId(request, token, 'globex');
  const roles = await request.get(`/api/v1/organizations/${org}/roles`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const memberRole = ((await roles.json()).data as { id: string; key: string }[]).find((r) => r.key === 'member');
  // Globex, so that the Acme team keeps the size the team spec expects.
  const email = `temp-${Date.now().toString(36)}@example.test`;
  const temporaryPassword = 'temporary passphrase 77';
  const added = await request.post(`/api/v1/organizations/${org}/members`, {
    headers: { authorization: `Bearer ${token}` },
    data: { email, firstName: 'Tem', lastName: 'Porary', roleId: memberRole?.id, temporaryPassword },
  });
  expect(added.status()).toBe(201);

  await signIn(page, email, temporaryPassword);
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.goto('/o/globex');
  await expect(page).toHaveURL(/\/account\?mustChange=1$/);
  await expect(page.getByTestId('must-change-banner')).toBeVisible();
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill('my own passphrase 2026');
  await page.getByLabel('Repeat the new password').fill('my own passphrase 2026');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByTestId('password-saved')).toBeVisible();
  await expect(page.getByTestId('must-change-banner')).toBeHidden();
  await page.goto('/o/globex');
  await expect(page).toHaveURL(/\/o\/globex$/);
  const userId = await memberId(request, token, org, email);
  const removed = await request.delete(`/api/v1/organizations/${org}/members/${userId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(removed.status()).toBe(204);
});
