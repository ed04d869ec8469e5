import type { DemoRequest } from '@/lib/schemas/demo-request';

export const demoRequestSelect = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  jobTitle: true,
  company: true,
  message: true,
  status: true,
  demoDate: true,
  feedback: true,
  notes: true,
  convertedOrganizationId: true,
  convertedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

type Row = Omit<DemoRequest, 'demoDate' | 'convertedAt' | 'createdAt' | 'updatedAt'> & {
  demoDate: Date | null;
  convertedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export function toDemoRequest(row: Row): DemoRequest {
  return {
    ...row,
    demoDate: row.demoDate?.toISOString() ?? null,
    convertedAt: row.convertedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The fields a superadmin changes, as the audit trail shows them before and after. */
export function pipelineFields(row: Row) {
  return {
    status: row.status,
    demoDate: row.demoDate?.toISOString() ?? null,
    feedback: row.feedback,
    notes: row.notes,
  };
}
