import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { apiToken, orgId, signIn } from '../helpers';

/**
 * Elements that stick out past the viewport's right edge without a scrolling (or clipping)
 * frame around them: what a person on a phone would find cut off.
 */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if (x === 'auto' || x === 'scroll' || x === 'hidden' || x === 'clip') return true;
      }
      return false;
    };
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width)
      found.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 1 && !clipped(el)) {
        found.push(
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}" ends at ${Math.round(box.right)}`,
        );
      }
    }
    return found;
  });
}

async function pendingInvitation(request: APIRequestContext) {
  const token = await apiToken(request, 'admin@acme.test');
  const id = await orgId(request, token, 'acme');
  const headers = { authorization: `Bearer ${token}` };
  const roles = await (await request.get(`/api/v1/organizations/${id}/roles`, { headers })).json();
  const roleId = roles.data.find((r: { key: string }) => r.key === 'member').id;
  const email = `phone-${Date.now().toString(36)}@example.test`;
  const res = await request.post(`/api/v1/organizations/${id}/invitations`, {
    headers,
    data: { email, roleId, firstName: 'Philippa', lastName: 'Phoneworth-Longname' },
  });
  expect(res.status()).toBe(201);
  return email;
}

/** The row action lies inside the table's frame, on screen, without scrolling sideways. */
async function reachable(page: Page, action: Locator) {
  const frame = page.getByRole('table', { name: 'Invitations' }).locator('xpath=..');
  await action.scrollIntoViewIfNeeded();
  await expect(action).toBeInViewport({ ratio: 1 });
  const [a, f] = [await action.boundingBox(), await frame.boundingBox()];
  expect(a!.x).toBeGreaterThanOrEqual(f!.x);
  expect(a!.x + a!.width).toBeLessThanOrEqual(f!.x + f!.width + 0.5);
  expect(await frame.evaluate((el) => el.scrollLeft)).toBe(0);
}

test('the invitations table keeps Resend and Revoke within its frame at 1440 px and at 390 px', async ({
  page,
  request,
}) => {
  const email = await pendingInvitation(request);
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto(`/o/acme/invitations?q=${encodeURIComponent(email)}`);
  const row = page.getByRole('row').filter({ hasText: email });
  await reachable(page, row.getByRole('button', { name: 'Resend' }));
  await reachable(page, row.getByRole('button', { name: 'Revoke' }));

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await reachable(page, row.getByRole('button', { name: 'Resend' }));
  await reachable(page, row.getByRole('button', { name: 'Revoke' }));
  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByRole('dialog').getByText(`Revoke the invitation to ${email}?`)).toBeVisible();
});

test.describe('at 390x844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('team, invitations and the permission matrix: nothing sticks out of the screen, the menu folds away', async ({
    page,
    request,
  }) => {
    await pendingInvitation(request);
    await signIn(page, 'admin@acme.test');
    await expect(page).toHaveURL(/\/o\/acme/);
    for (const [path, ready] of [
      ['/o/acme/team', page.getByRole('table', { name: 'Members' })],
      ['/o/acme/invitations', page.getByRole('table', { name: 'Invitations' })],
      ['/o/acme/roles', page.getByRole('checkbox').first()],
    ] as const) {
      await page.goto(path);
      await expect(ready).toBeVisible();
      expect(await overflowing(page), path).toEqual([]);
      // The sidebar is folded: the page's heading is on the first screen, the navigation behind "Menu".
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    }

    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
    await nav.getByRole('link', { name: 'Team', exact: true }).click();
    await expect(page).toHaveURL(/\/o\/acme\/team/);
    await expect(nav).toBeHidden();
  });
});
