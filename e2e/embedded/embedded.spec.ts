import { expect, test } from '../fixtures';
import { openDepartmentsReference, signIn } from '../helpers';

// Runs against `npm start` with no DATABASE_URL: the embedded PostgreSQL, migrated and seeded on first start.
test('npm start on embedded defaults serves the app, the docs and the demo sign-in', async ({ page, request }) => {
  const health = await request.get('/api/health');
  expect(health.status()).toBe(200);

  await openDepartmentsReference(page);

  await signIn(page, 'admin@acme.test');
  await expect(page).toHaveURL(/\/o\/acme/);
  await page.goto('/o/acme/departments');
  await expect(page.getByRole('cell', { name: 'Engineering', exact: true })).toBeVisible();
  // The members list's prepared statements and its parallel count, on the single embedded connection.
  await page.goto('/o/acme/team?sort=-email');
  await expect(page.getByText('member@acme.test')).toBeVisible();
});
