import type { Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { organizationSelect } from './get-organization';

/** The organization row (locked for the transaction), or 404. */
export async function lockOrganization(tx: Tx, orgId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM organizations WHERE id = ${orgId} FOR UPDATE`;
  if (locked.length === 0) throw notFound('Organization');
  return tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: organizationSelect });
}
