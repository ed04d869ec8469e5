import 'server-only';
import type { Attribute, CreateAttributeInput } from '@/lib/schemas/attribute';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { conflict, isUniqueViolation } from '@/lib/server/errors';
import { findAttributeRow, toAttribute } from './effective';
import { type AttributeScope, actorOf } from './scope';

export const duplicateKey = (field = 'key') =>
  conflict('An attribute with this key already exists', { [field]: ['An attribute with this key already exists'] });

/** The platform defaults' keys are unique through a partial index Prisma does not know about: check first. */
export async function assertKeyFree(scope: AttributeScope, key: string, field = 'key') {
  const taken = await db.attribute.findFirst({ where: { organizationId: scope.orgId, key }, select: { id: true } });
  if (taken) throw duplicateKey(field);
}

export async function createAttribute(scope: AttributeScope, input: CreateAttributeInput): Promise<Attribute> {
  await assertKeyFree(scope, input.key);
  try {
    return await db.$transaction(async (tx) => {
      const id = newId();
      await tx.attribute.create({
        data: {
          id,
          organizationId: scope.orgId,
          key: input.key,
          label: input.label,
          dataType: input.dataType,
          required: input.required,
          selfEditable: input.selfEditable,
          filterable: input.filterable,
          status: input.status,
        },
      });
      await tx.attributeOption.createMany({
        data: input.options.map((o, i) => ({
          id: newId(),
          attributeId: id,
          value: o.value,
          label: o.label,
          status: o.status ?? 'active',
          position: o.position ?? i,
        })),
      });
      const attribute = toAttribute(await findAttributeRow(tx, scope.orgId, id));
      await audit(tx, actorOf(scope), {
        action: 'attribute.create',
        targetType: 'attribute',
        targetId: id,
        after: { ...attribute, id: undefined, createdAt: undefined, updatedAt: undefined },
      });
      return attribute;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateKey();
    throw error;
  }
}
