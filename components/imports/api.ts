import { apiRequest } from '@/components/account/api';
import type { ImportDetail, ImportPreview } from '@/lib/schemas/import';

export interface ImportChoices {
  mapping?: Record<string, string | null>;
  defaultRoleId?: string;
  defaultDepartmentId?: string;
  createMissingDepartments?: boolean;
  sendInvitations?: boolean;
}

function form(file: File, choices: ImportChoices): FormData {
  const data = new FormData();
  if (choices.mapping) data.append('mapping', JSON.stringify(choices.mapping));
  if (choices.defaultRoleId) data.append('defaultRoleId', choices.defaultRoleId);
  if (choices.defaultDepartmentId) data.append('defaultDepartmentId', choices.defaultDepartmentId);
  if (choices.createMissingDepartments !== undefined) {
    data.append('createMissingDepartments', String(choices.createMissingDepartments));
  }
  if (choices.sendInvitations !== undefined) data.append('sendInvitations', String(choices.sendInvitations));
  data.append('file', file, file.name);
  return data;
}

export const importsPath = (orgId: string) => `/organizations/${orgId}/imports`;

export function previewImport(orgId: string, file: File, choices: ImportChoices = {}) {
  return apiRequest<ImportPreview>('POST', `${importsPath(orgId)}/preview`, form(file, choices));
}

export function startImport(orgId: string, file: File, choices: ImportChoices) {
  return apiRequest<{ id: string; status: string }>('POST', importsPath(orgId), form(file, choices));
}

export function fetchImport(orgId: string, importId: string) {
  return apiRequest<ImportDetail>('GET', `${importsPath(orgId)}/${importId}`);
}
