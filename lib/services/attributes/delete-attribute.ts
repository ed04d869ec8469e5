import 'server-only';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { conflict } from '@/lib/server/errors';
import { findAttributeRow } from './effective';
import { type AttributeScope, actorOf } from './scope';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * DELETE …/attributes/{id}. An org attribute that members hold values of, or a default that
 * organizations inherit, is refused with 409: deactivate it instead (it then disappears from forms
 * and filters, and the values stay).
 */
export async function deleteAttribute(scope: AttributeScope, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await findAttributeRow(tx, scope.orgId, id);
    if (scope.orgId === null) {
      const orgs = await tx.attribute.count({ where: { inheritsFromId: id } });
      if (orgs > 0) {
        throw conflict(`${plural(orgs, 'organization')} inherit ${row.label}. Deactivate it instead.`);
      }
    } else {
      const [{ users } = { users: 0 }] = await tx.$queryRaw<
        { users: number }[]
      >`SELECT count(DISTINCT user_id)::int AS users
        FROM member_attribute_values WHERE organization_id = ${scope.orgId} AND attribute_id = ${id}`;
      if (users > 0) {
        throw conflict(
          `${plural(users, 'member')} ${users === 1 ? 'has' : 'have'} a value for ${row.label}. Deactivate it instead.`,
        );
      }
    }
    await tx.attribute.delete({ where: { id } });
    await audit(tx, actorOf(scope), {
      action: 'attribute.delete',
      targetType: 'attribute',
      targetId: id,
      before: { key: row.key, label: row.label, dataType: row.dataType },
    });
  });
}
