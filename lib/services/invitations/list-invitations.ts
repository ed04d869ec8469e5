import type { Prisma } from '@/lib/generated/prisma/client';
import type { Invitation, ListInvitationsQuery } from '@/lib/schemas/invitation';
import { type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { invitationSelect, statusWhere, toInvitation } from './to-invitation';

function orderBy(sort: string): Prisma.InvitationOrderByWithRelationInput[] {
  const { field, direction } = parseSort(sort);
  // The id breaks ties, so pages never overlap or skip rows.
  return [{ [field]: direction }, { id: direction }];
}

/** GET …/invitations: filter by status (expired = pending past its expiry, decided in SQL), search by e-mail. */
export async function listInvitations(ctx: OrgContext, query: ListInvitationsQuery): Promise<ListResult<Invitation>> {
  const now = new Date();
  const where: Prisma.InvitationWhereInput = {
    organizationId: ctx.org.id,
    ...(query.q ? { email: { contains: query.q, mode: 'insensitive' } } : {}),
    ...(query.status ? statusWhere(query.status, now) : {}),
  };
  const [rows, total] = await Promise.all([
    db.invitation.findMany({
      where,
      select: invitationSelect,
      orderBy: orderBy(query.sort),
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.invitation.count({ where }),
  ]);
  return toListResult(
    rows.map((row) => toInvitation(row, now)),
    total,
    query,
  );
}
