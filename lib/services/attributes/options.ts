import 'server-only';
import {
  type AttributeOption,
  type CreateOptionInput,
  isChoice,
  type UpdateOptionInput,
} from '@/lib/schemas/attribute';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db, type Tx } from '@/lib/server/db';
import { AppError, conflict, isUniqueViolation, notFound } from '@/lib/server/errors';
import { type AttributeRow, findAttributeRow, materialize, toAttribute } from './effective';
import { type AttributeScope, actorOf } from './scope';

const duplicateValue = () =>
  conflict('This attribute already has that value', { value: ['This attribute already has that value'] });

/** GET …/attributes/{id}/options: the effective values, in their order. */
export async function listOptions(scope: AttributeScope, attributeId: string): Promise<{ data: AttributeOption[] }> {
  return { data: toAttribute(await findAttributeRow(db, scope.orgId, attributeId)).options };
}

async function choiceAttribute(tx: Tx, scope: AttributeScope, attributeId: string) {
  const found = await findAttributeRow(tx, scope.orgId, attributeId);
  if (!isChoice(found.dataType)) {
    throw new AppError('validation_failed', 'Only choice attributes have values', {
      value: ['Only choice attributes have values'],
    });
  }
  return materialize(tx, found);
}

function findOption(row: AttributeRow, idMap: Map<string, string>, optionId: string) {
  const id = idMap.get(optionId) ?? optionId;
  const option = row.options.find((o) => o.id === id);
  if (!option) throw notFound('Value');
  return option;
}

export async function createOption(
  scope: AttributeScope,
  attributeId: string,
  input: CreateOptionInput,
): Promise<AttributeOption> {
  try {
    return await db.$transaction(async (tx) => {
      const { row } = await choiceAttribute(tx, scope, attributeId);
      if (row.options.some((o) => o.value === input.value)) throw duplicateValue();
      const position = input.position ?? Math.max(-1, ...row.options.map((o) => o.position)) + 1;
      const option = await tx.attributeOption.create({
        data: { id: newId(), attributeId, value: input.value, label: input.label, status: input.status, position },
        select: { id: true, value: true, label: true, status: true, position: true },
      });
      await tx.attribute.update({ where: { id: attributeId }, data: { updatedAt: new Date() } });
      await audit(tx, actorOf(scope), {
        action: 'attribute_value.create',
        targetType: 'attribute',
        targetId: attributeId,
        after: { value: option.value, label: option.label, status: option.status },
      });
      return option;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateValue();
    throw error;
  }
}

/** PATCH …/options/{optionId}: label, status (deactivate instead of delete) and position. */
export async function updateOption(
  scope: AttributeScope,
  attributeId: string,
  optionId: string,
  input: UpdateOptionInput,
): Promise<AttributeOption> {
  return db.$transaction(async (tx) => {
    const { row, idMap } = await choiceAttribute(tx, scope, attributeId);
    const before = findOption(row, idMap, optionId);
    const option = await tx.attributeOption.update({
      where: { id: before.id },
      data: { label: input.label, status: input.status, position: input.position },
      select: { id: true, value: true, label: true, status: true, position: true },
    });
    await tx.attribute.update({ where: { id: attributeId }, data: { updatedAt: new Date() } });
    const changed = (['label', 'status', 'position'] as const).filter((k) => input[k] !== undefined);
    await audit(tx, actorOf(scope), {
      action: 'attribute_value.update',
      targetType: 'attribute',
      targetId: attributeId,
      before: { value: before.value, ...Object.fromEntries(changed.map((k) => [k, before[k]])) },
      after: { value: option.value, ...Object.fromEntries(changed.map((k) => [k, option[k]])) },
    });
    return option;
  });
}

/** Members holding the value: of this org attribute, or for a default, of the org attributes following it. */
async function holders(tx: Tx, row: AttributeRow, value: string): Promise<number> {
  const where =
    row.organizationId === null
      ? { attribute: { inheritsFromId: row.id, overridden: false } }
      : { organizationId: row.organizationId, attributeId: row.id };
  return tx.memberAttributeValue.count({ where: { ...where, valueText: value } });
}

/** DELETE …/options/{optionId}: refused with 409 while members hold the value; deactivate it instead. */
export async function deleteOption(scope: AttributeScope, attributeId: string, optionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { row, idMap } = await choiceAttribute(tx, scope, attributeId);
    const option = findOption(row, idMap, optionId);
    const inUse = await holders(tx, row, option.value);
    if (inUse > 0) {
      throw conflict(
        `${inUse} member${inUse === 1 ? ' has' : 's have'} the value ${option.label}. Deactivate it instead: members keep it, and it can no longer be chosen.`,
      );
    }
    await tx.attributeOption.delete({ where: { id: option.id } });
    await tx.attribute.update({ where: { id: attributeId }, data: { updatedAt: new Date() } });
    await audit(tx, actorOf(scope), {
      action: 'attribute_value.delete',
      targetType: 'attribute',
      targetId: attributeId,
      before: { value: option.value, label: option.label },
    });
  });
}
