import { createHash } from 'node:crypto';
import { type Form, FormDefinition } from '@/lib/schemas/form';

export const formSelect = {
  id: true,
  type: true,
  subType: true,
  version: true,
  definition: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function toForm(row: {
  id: string;
  type: string;
  subType: string;
  version: number;
  definition: unknown;
  createdAt: Date;
  updatedAt: Date;
}): Form {
  return {
    id: row.id,
    type: row.type,
    subType: row.subType,
    version: row.version,
    definition: FormDefinition.parse(row.definition),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The version a client sends back in If-Match (PATCH) or If-None-Match (GET). */
export function formEtag(form: { id: string; version: number }): string {
  return `"${form.id}.v${form.version}"`;
}

/** One ETag for a list of forms: changes whenever any form is added or gets a new version. */
export function formsEtag(forms: { id: string; version: number }[]): string {
  const digest = createHash('sha256')
    .update(forms.map((f) => `${f.id}.v${f.version}`).join(','))
    .digest('base64url');
  return `"${digest.slice(0, 27)}"`;
}
