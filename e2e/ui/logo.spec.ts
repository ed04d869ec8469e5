import sharp from 'sharp';
import { expect, test } from '../fixtures';
import { apiToken, hydrated, newestMessage, orgId, signIn } from '../helpers';

const OWNER = 'owner@globex.test';

/** The image has loaded (it is not a broken image). */
const loaded = (img: import('@playwright/test').Locator) =>
  expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);

test("an owner uploads the org's logo in Settings; the sidebar, the invitation mail and page show it; removing it restores the initial", async ({
  page,
  browser,
  request,
}) => {
  await signIn(page, OWNER);
  await expect(page).toHaveURL(/\/o\/globex/);
  await page.goto('/o/globex/settings');
  const section = page.getByRole('region', { name: 'Logo' });
  const file = section.getByLabel('Logo image file');
  await hydrated(file);

  await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
  await expect(section.getByRole('alert')).toContainText('PNG, JPEG or WebP');

  const png = await sharp({ create: { width: 240, height: 80, channels: 3, background: '#7c3aed' } })
    .png()
    .toBuffer();
  await file.setInputFiles({ name: 'globex.png', mimeType: 'image/png', buffer: png });
  await expect(section.getByRole('status')).toHaveText('Logo saved.');
  await loaded(section.getByTestId('logo-preview'));
  const sidebarLogo = page.getByRole('complementary').getByTestId('org-logo');
  await loaded(sidebarLogo);
  const logoUrl = (await sidebarLogo.getAttribute('src')) as string;
  expect(logoUrl).toMatch(/^\/logo\/[\w-]+\/[\w-]+$/);

  // An invitation mail is headed by the logo, and its page shows it to a person who is signed out.
  const token = await apiToken(request, OWNER);
  const id = await orgId(request, token, 'globex');
  const headers = { authorization: `Bearer ${token}` };
  const roles = await (await request.get(`/api/v1/organizations/${id}/roles`, { headers })).json();
  const roleId = roles.data.find((r: { key: string }) => r.key === 'member').id;
  const email = `logo-${Date.now().toString(36)}@example.test`;
  expect(
    (await request.post(`/api/v1/organizations/${id}/invitations`, { headers, data: { email, roleId } })).status(),
  ).toBe(201);
  const mail = await newestMessage(request, email, /invited you to/);
  expect(mail.html).toContain(`src="${new URL(logoUrl, page.url()).toString()}"`);
  const link = mail.text.match(/https?:\/\/\S+?(\/invite\/[\w%-]+)/)?.[1] as string;
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(link);
  await expect(guest.getByRole('heading', { name: 'Join Globex' })).toBeVisible();
  const inviteLogo = guest.getByRole('img', { name: 'Globex logo' });
  await loaded(inviteLogo);
  await guest.context().close();

  // Removing asks first and names the org; then the initial is back in the sidebar.
  await section.getByRole('button', { name: 'Remove logo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the logo?' });
  await expect(dialog).toContainText('Globex (globex)');
  await dialog.getByRole('button', { name: 'Remove logo' }).click();
  await expect(section.getByRole('status')).toHaveText('Logo removed.');
  await expect(page.getByRole('complementary').getByTestId('org-logo')).toHaveCount(0);
  await expect(section.getByText('No logo')).toBeVisible();
  expect((await request.get(logoUrl)).status()).toBe(404);
});
