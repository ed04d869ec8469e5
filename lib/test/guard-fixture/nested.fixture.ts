import { expect, it } from 'vitest';
import { db } from '@/lib/server/db';

it('breaks the rule and hides it', async () => {
  const found = await db.$transaction(async (tx) => {
    const orgs = await tx.organization.count();
    // The mistake: the pool, not `tx`, from inside the transaction; the error is swallowed.
    const members = await db.membership.count().catch(() => 0);
    return orgs + members;
  });
  expect(found).toBeGreaterThanOrEqual(0);
});

it('passes', () => {
  expect(1 + 1).toBe(2);
});
