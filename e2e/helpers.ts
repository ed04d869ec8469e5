import { type APIRequestContext, expect, type Page } from '@playwright/test';

export const PASSWORD = 'correct-horse-battery';

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/signin');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
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

/** The text of the newest dev-mailbox message to `to` whose subject matches (read as the superadmin). */
export async function newestMail(request: APIRequestContext, to: string, subject: RegExp): Promise<string> {
  const token = await apiToken(request, 'admin@demo.test');
  let text = '';
  await expect
    .poll(async () => {
      const res = await request.get(`/api/v1/dev/mailbox?to=${encodeURIComponent(to)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const { data } = (await res.json()) as { data: { to: string; subject: string; text: string }[] };
      text = data.find((m) => m.to.toLowerCase() === to.toLowerCase() && subject.test(m.subject))?.text ?? '';
      return text !== '';
    })
    .toBe(true);
  return text;
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
