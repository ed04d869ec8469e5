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
