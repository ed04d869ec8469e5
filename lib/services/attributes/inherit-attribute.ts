import 'server-only';
import type { Attribute } from '@/lib/schemas/attribute';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { AppError, isUniqueViolation } from '@/lib/server/errors';
import { assertKeyFree, duplicateKey } from './create-attribute';
import { findAttributeRow, toAttribute } from './effective';
import { type AttributeScope, actorOf } from './scope';

/**
 * POST …/attributes/inherit `{ defaultId }` (seed 002's inheritEntityType): the org takes a
 * platform default under the same key and follows it until it overrides it (effective.ts).
 */
export async function inheritAttribute(
  scope: AttributeScope & { orgId: string },
  defaultId: string,
): Promise<Attribute> {
  const source = await db.attribute.findFirst({
    where: { id: defaultId, organizationId: null, status: 'active' },
    select: { id: true, key: true, label: true, dataType: true },
  });
  if (!source) throw new AppError('validation_failed', 'Unknown default', { defaultId: ['No such active default'] });
  await assertKeyFree(scope, source.key, 'defaultId');
  try {
    return await db.$transaction(async (tx) => {
      const id = newId();
      await tx.attribute.create({
        data: {
          id,
          organizationId: scope.orgId,
          key: source.key,
          label: source.label,
          dataType: source.dataType,
          inheritsFromId: source.id,
        },
      });
      const attribute = toAttribute(await findAttributeRow(tx, scope.orgId, id));
      await audit(tx, actorOf(scope), {
        action: 'attribute.inherit',
        targetType: 'attribute',
        targetId: id,
        after: { key: source.key, label: source.label, defaultId: source.id },
      });
      return attribute;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateKey('defaultId');
    throw error;
  }
}
