import type { ImportDetail, ImportPreview } from '@/lib/schemas/import';
import type { ActionError } from '@/lib/ui/server-errors';

export type Result<T> = { ok: true; data: T } | { ok: false; status: number; error: ActionError };

const OFFLINE: ActionError = { code: 'internal', message: 'Could not reach the server. Check your connection.' };

async function parse<T>(res: Response): Promise<Result<T>> {
  const json = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return { ok: true, data: json as T };
  const error = (json as { error?: ActionError } | null)?.error ?? {
    code: 'internal',
    message: 'Something went wrong on our side. Try again in a moment.',
  };
  return { ok: false, status: res.status, error };
}

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

async function post<T>(path: string, body: FormData): Promise<Result<T>> {
  try {
    return await parse<T>(await fetch(`/api/v1${path}`, { method: 'POST', body, credentials: 'same-origin' }));
  } catch {
    return { ok: false, status: 0, error: OFFLINE };
  }
}

export const importsPath = (orgId: string) => `/organizations/${orgId}/imports`;

export function previewImport(orgId: string, file: File, choices: ImportChoices = {}) {
  return post<ImportPreview>(`${importsPath(orgId)}/preview`, form(file, choices));
}

export function startImport(orgId: string, file: File, choices: ImportChoices) {
  return post<{ id: string; status: string }>(importsPath(orgId), form(file, choices));
}

export async function fetchImport(orgId: string, importId: string): Promise<Result<ImportDetail>> {
  try {
    const res = await fetch(`/api/v1${importsPath(orgId)}/${importId}`, {
      credentials: 'same-origin',
      cache: 'no-store',
    });
    return await parse<ImportDetail>(res);
  } catch {
    return { ok: false, status: 0, error: OFFLINE };
  }
}
