import 'server-only';
import type { Attribute, UpdateAttributeInput } from '@/lib/schemas/attribute';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { findAttributeRow, isFollowing, materialize, toAttribute } from './effective';
import { type AttributeScope, actorOf } from './scope';

const fields = ['label', 'required', 'selfEditable', 'filterable', 'status'] as const;

/** PATCH …/attributes/{id}. On an inherited attribute that still follows its default, this is the override. */
export async function updateAttribute(
  scope: AttributeScope,
  id: string,
  input: UpdateAttributeInput,
): Promise<Attribute> {
  return db.$transaction(async (tx) => {
    const found = await findAttributeRow(tx, scope.orgId, id);
    const before = toAttribute(found);
    const overriding = isFollowing(found);
    const { row } = await materialize(tx, found);
    const data: UpdateAttributeInput = {};
    for (const key of fields) {
      if (input[key] !== undefined && input[key] !== row[key]) Object.assign(data, { [key]: input[key] });
    }
    if (Object.keys(data).length === 0 && !overriding) return before;
    if (Object.keys(data).length > 0) await tx.attribute.update({ where: { id }, data });
    const after = toAttribute(await findAttributeRow(tx, scope.orgId, id));
    const changed = Object.keys(data) as (keyof UpdateAttributeInput)[];
    await audit(tx, actorOf(scope), {
      action: 'attribute.update',
      targetType: 'attribute',
      targetId: id,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: { ...Object.fromEntries(changed.map((k) => [k, after[k]])), ...(overriding ? { overridden: true } : {}) },
    });
    return after;
  });
}
