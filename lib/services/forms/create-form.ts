import 'server-only';
import type { CreateFormInput, Form } from '@/lib/schemas/form';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { conflict, isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { actorUserId } from './actor';
import { assertAttributeKeys } from './attribute-keys';
import { knownAttributeKeys } from './known-attributes';
import { formSelect, toForm } from './to-form';

export const duplicateForm = () =>
  conflict('This organization already has a form of this type and sub-type; update it instead', {
    subType: ['A form of this type and sub-type already exists'],
  });

/** POST /forms: version 1 of a new (type, subType) form, kept in the history too. */
export async function createForm(ctx: OrgContext, input: CreateFormInput): Promise<Form> {
  assertAttributeKeys(input.definition, await knownAttributeKeys(ctx.org.id));
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.form.create({
        data: {
          id: newId(),
          organizationId: ctx.org.id,
          type: input.type,
          subType: input.subType,
          definition: input.definition,
          version: 1,
        },
        select: formSelect,
      });
      await tx.formVersion.create({
        data: { formId: row.id, version: 1, definition: input.definition, createdById: actorUserId(ctx) },
      });
      await audit(
        tx,
        { principal: ctx.principal, orgId: ctx.org.id },
        {
          action: 'form.create',
          targetType: 'form',
          targetId: row.id,
          after: { type: row.type, subType: row.subType, version: 1 },
        },
      );
      return toForm(row);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateForm();
    throw error;
  }
}
