import 'server-only';
import type { Form } from '@/lib/schemas/form';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { formSelect, toForm } from './to-form';

/** GET /forms/{id}: the latest version, or `version` from the history. */
export async function getForm(ctx: OrgContext, formId: string, version?: number): Promise<Form> {
  const row = await db.form.findFirst({ where: { id: formId, organizationId: ctx.org.id }, select: formSelect });
  if (!row) throw notFound('Form');
  if (!version || version === row.version) return toForm(row);
  const old = await db.formVersion.findUnique({
    where: { formId_version: { formId, version } },
    select: { definition: true, createdAt: true },
  });
  if (!old) throw notFound('Form version');
  return toForm({ ...row, version, definition: old.definition, updatedAt: old.createdAt });
}

/** The latest version of (type, subType) in an org, or null. */
export async function findForm(orgId: string, type: string, subType: string): Promise<Form | null> {
  const row = await db.form.findUnique({
    where: { organizationId_type_subType: { organizationId: orgId, type, subType } },
    select: formSelect,
  });
  return row ? toForm(row) : null;
}
