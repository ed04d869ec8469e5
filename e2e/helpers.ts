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
