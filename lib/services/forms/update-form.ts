import 'server-only';
import type { Form, UpdateFormInput } from '@/lib/schemas/form';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { AppError, notFound } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { actorUserId } from './actor';
import { assertAttributeKeys } from './attribute-keys';
import { knownAttributeKeys } from './known-attributes';
import { formEtag, formSelect, toForm } from './to-form';

const stale = () =>
  new AppError('precondition_failed', 'The form was changed by someone else; reload it and apply your changes again');

/**
 * PATCH /forms/{id}: a new definition and version + 1, in one UPDATE (the row
 * lock serialises concurrent saves, so no version is lost or reused). With
 * `ifMatch` (the ETag read), a save on top of a newer version gets 412.
 */
export async function updateForm(
  ctx: OrgContext,
  formId: string,
  input: UpdateFormInput,
  ifMatch?: string | null,
): Promise<Form> {
  assertAttributeKeys(input.definition, await knownAttributeKeys(ctx.org.id));
  return db.$transaction(async (tx) => {
    const before = await tx.form.findFirst({
      where: { id: formId, organizationId: ctx.org.id },
      select: { id: true, version: true },
    });
    if (!before) throw notFound('Form');
    const expected = ifMatch && ifMatch !== '*' ? ifMatch : null;
    if (expected && expected !== formEtag(before)) throw stale();
    const { count } = await tx.form.updateMany({
      where: { id: formId, organizationId: ctx.org.id, ...(expected ? { version: before.version } : {}) },
      data: { definition: input.definition, version: { increment: 1 } },
    });
    if (count === 0) throw stale();
    const row = await tx.form.findUniqueOrThrow({ where: { id: formId }, select: formSelect });
    await tx.formVersion.create({
      data: { formId, version: row.version, definition: input.definition, createdById: actorUserId(ctx) },
    });
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'form.update',
        targetType: 'form',
        targetId: formId,
        before: { version: row.version - 1 },
        after: { version: row.version, sections: input.definition.sections.length },
      },
    );
    return toForm(row);
  });
}
