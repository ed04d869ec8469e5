import 'server-only';
import type { Form } from '@/lib/schemas/form';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { formSelect, toForm } from './to-form';

/** GET /forms?type=&subType=: the latest version of each matching form. */
export async function listForms(ctx: OrgContext, query: { type?: string; subType?: string }): Promise<Form[]> {
  const rows = await db.form.findMany({
    where: { organizationId: ctx.org.id, type: query.type, subType: query.subType },
    orderBy: [{ type: 'asc' }, { subType: 'asc' }],
    select: formSelect,
  });
  return rows.map(toForm);
}
