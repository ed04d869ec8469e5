import type { RoleRequest } from '@/lib/schemas/role-request';

const person = { select: { id: true, email: true, firstName: true, lastName: true } } as const;
const role = { select: { id: true, key: true, name: true } } as const;

export const roleRequestSelect = {
  id: true,
  status: true,
  reason: true,
  note: true,
  reviewedAt: true,
  createdAt: true,
  updatedAt: true,
  user: person,
  role,
  fromRole: role,
  reviewedBy: person,
} as const;

type PersonRow = { id: string; email: string; firstName: string; lastName: string };
type RoleRow = { id: string; key: string; name: string };

export interface RoleRequestRow {
  id: string;
  status: RoleRequest['status'];
  reason: string;
  note: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  user: PersonRow;
  role: RoleRow;
  fromRole: RoleRow | null;
  reviewedBy: PersonRow | null;
}

const toPerson = (p: PersonRow) => ({ userId: p.id, email: p.email, firstName: p.firstName, lastName: p.lastName });

export function toRoleRequest(row: RoleRequestRow): RoleRequest {
  return {
    id: row.id,
    status: row.status,
    requester: toPerson(row.user),
    role: row.role,
    fromRole: row.fromRole,
    reason: row.reason,
    note: row.note,
    reviewedBy: row.reviewedBy ? toPerson(row.reviewedBy) : null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const fullName = (p: { firstName: string; lastName: string; email: string }) =>
  `${p.firstName} ${p.lastName}`.trim() || p.email;
