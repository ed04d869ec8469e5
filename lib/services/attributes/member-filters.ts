import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AttributeValue } from '@/lib/schemas/attribute';
import { db } from '@/lib/server/db';
import { invalid } from '@/lib/server/errors';
import { type AttributeDefinition, getAttributeDefinitions, validateMemberAttributes } from './member-values';

const { sql } = Prisma;
export const FILTER_PREFIX = 'attr.';

/** The `attr.<key>` parameters of a list query, key -> raw value (empty ones ignored). */
export function attributeFilterParams(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(query)
      .filter(([k, v]) => k.startsWith(FILTER_PREFIX) && v !== '' && v !== undefined)
      .map(([k, v]) => [k.slice(FILTER_PREFIX.length), v]),
  );
}

/**
 * Conditions on memberships `m` for `attr.<key>=<value>`: only filterable attributes (else 422 on
 * `attr.<key>`); a choice matches by value or label; several values of a multiple choice must all be held.
 * Each is a probe of the (organization_id, attribute_id, value_text, user_id) primary key.
 */
export async function attributeFilterSql(
  orgId: string,
  query: Record<string, unknown>,
  defs?: AttributeDefinition[],
): Promise<Prisma.Sql[]> {
  const params = attributeFilterParams(query);
  if (Object.keys(params).length === 0) return [];
  const filterable = (defs ?? (await getAttributeDefinitions(orgId, db, { withInactiveValues: true }))).filter(
    (d) => d.filterable,
  );
  const unknown = Object.keys(params).filter((k) => !filterable.some((d) => d.key === k));
  if (unknown.length > 0) {
    throw invalid(Object.fromEntries(unknown.map((k) => [`${FILTER_PREFIX}${k}`, ['Not a filterable attribute']])));
  }
  const values = validateMemberAttributes(filterable, params, { prefix: 'attr' });
  const texts = (v: AttributeValue | null): string[] => (v === null ? [] : Array.isArray(v) ? v : [String(v)]);
  return values.flatMap((v) =>
    texts(v.value).map(
      (text) => sql`EXISTS (SELECT 1 FROM member_attribute_values av WHERE av.organization_id = ${orgId}
        AND av.attribute_id = ${v.attributeId} AND av.value_text = ${text} AND av.user_id = m.user_id)`,
    ),
  );
}
