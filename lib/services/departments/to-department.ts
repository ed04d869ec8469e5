import type { Department } from '@/lib/schemas/department';

export const departmentSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { memberships: true } },
} as const;

export function toDepartment(row: {
  id: string;
  name: string;
  description: string;
  createdAt: Date;
  updatedAt: Date;
  _count: { memberships: number };
}): Department {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    memberCount: row._count.memberships,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The version a client must send back in If-Match to update a department. */
export function departmentEtag(d: { id: string; updatedAt: string | Date }): string {
  const at = typeof d.updatedAt === 'string' ? Date.parse(d.updatedAt) : d.updatedAt.getTime();
  return `"${d.id}.${at}"`;
}
