import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';

export const PASSWORD = 'correct-horse-battery';

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/signin');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Waits until React has hydrated the element (it carries React's props), so that a click reaches
 * its handler instead of submitting the form natively before the page's script has run.
 */
export async function hydrated(locator: Locator) {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith('__reactProps$'))))
    .toBe(true);
}

/** Signs Acme's admin in and opens a tab of Settings through the navigation, as a person would. */
export async function adminOpensSettingsTab(page: Page, tab: string) {
  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: tab }).click();
}

export async function apiToken(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post('/api/v1/auth/token', { data: { email, password: PASSWORD } });
  expect(res.status()).toBe(200);
  return (await res.json()).accessToken;
}

export async function orgId(request: APIRequestContext, token: string, slug: string): Promise<string> {
  const res = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
  const me = await res.json();
  return me.memberships.find((m: { organization: { slug: string } }) => m.organization.slug === slug).organization.id;
}

/**
 * Opens /docs and shows the departments operations. Swagger UI renders a long document
 * progressively as one scrolls; its tag filter shows one tag at once, as a reader would use it.
 */
export async function openDepartmentsReference(page: Page) {
  await page.goto('/docs');
  await expect(page.getByRole('heading', { name: /Organization Admin Portal API/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Filter by tag or path' }).fill('Departments');
  await expect(page.getByText('List departments with search, sorting and pagination').first()).toBeVisible();
}

/** The newest dev-mailbox message to `to` whose subject matches (read as the superadmin). */
export async function newestMessage(
  request: APIRequestContext,
  to: string,
  subject: RegExp,
): Promise<{ text: string; html: string }> {
  const token = await apiToken(request, 'admin@demo.test');
  let found: { text: string; html: string } | undefined;
  await expect
    .poll(async () => {
      const res = await request.get(`/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const { data } = (await res.json()) as { data: { to: string; subject: string; text: string; html: string }[] };
      found = data.find((m) => m.to.toLowerCase() === to.toLowerCase() && subject.test(m.subject));
      return found !== undefined;
    })
    .toBe(true);
  return found as { text: string; html: string };
}

/** The text of the newest dev-mailbox message to `to` whose subject matches. */
export async function newestMail(request: APIRequestContext, to: string, subject: RegExp): Promise<string> {
  return (await newestMessage(request, to, subject)).text;
}

/** The user id of the member of `org` with this e-mail (members' routes take the user id). */
export async function memberId(request: APIRequestContext, token: string, org: string, email: string) {
  const res = await request.get(`/api/v1/organizations/${org}/members?q=${encodeURIComponent(email)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const member = ((await res.json()).data as { userId: string; email: string }[]).find((m) => m.email === email);
  expect(member, `${email} is a member`).toBeDefined();
  return member!.userId;
}

/** On an invitation page for an existing account, signed out: sign in as that account, come back and join Acme. */
export async function signInAndJoinAcme(guest: Page, link: string, email: string) {
  await guest.getByRole('link', { name: 'Sign in to accept' }).click();
  await guest.getByLabel('E-mail').fill(email);
  await guest.getByLabel('Password').fill(PASSWORD);
  await guest.getByRole('button', { name: 'Sign in' }).click();
  await expect(guest).toHaveURL(new RegExp(link));
  await guest.getByRole('button', { name: 'Join Acme' }).click();
  await expect(guest).toHaveURL(/\/o\/acme/);
}

/**
 * A new Globex member holding a new custom role of `permissions`, added with a temporary password and
 * signed in on `page` with the password changed to `newPassword`. Globex, so that Acme stays as the
 * other specs expect. `remove()` takes the member and the role away again.
 */
export async function signInWithNewRole(
  page: Page,
  request: APIRequestContext,
  who: { role: string; firstName: string; lastName: string; permissions: string[]; newPassword: string },
) {
  const token = await apiToken(request, 'owner@globex.test');
  const auth = { authorization: `Bearer ${token}` };
  const org = await orgId(request, token, 'globex');
  const tag = Date.now().toString(36);
  const created = await request.post(`/api/v1/organizations/${org}/roles`, {
    headers: auth,
    data: { name: `${who.role} ${tag}`, permissions: who.permissions },
  });
  expect(created.status()).toBe(201);
  const role = (await created.json()) as { id: string };
  const email = `${who.role.toLowerCase()}-${tag}@example.test`;
  const temporaryPassword = `temporary passphrase ${tag}`;
  const added = await request.post(`/api/v1/organizations/${org}/members`, {
    headers: auth,
    data: { email, firstName: who.firstName, lastName: who.lastName, roleId: role.id, temporaryPassword },
  });
  expect(added.status()).toBe(201);
  const userId = await memberId(request, token, org, email);

  await signIn(page, email, temporaryPassword);
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.goto('/o/globex/team');
  await expect(page).toHaveURL(/\/account\?mustChange=1$/);
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill(who.newPassword);
  await page.getByLabel('Repeat the new password').fill(who.newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByTestId('password-saved')).toBeVisible();

  const remove = async () => {
    const gone = await request.delete(`/api/v1/organizations/${org}/members/${userId}`, { headers: auth });
    expect(gone.status()).toBe(204);
    expect((await request.delete(`/api/v1/organizations/${org}/roles/${role.id}`, { headers: auth })).status()).toBe(
      204,
    );
  };
  return { email, userId, roleId: role.id, org, auth, remove };
}
