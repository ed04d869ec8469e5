import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Attribute } from '@/lib/schemas/attribute';
import { newId } from '@/lib/server/auth/secrets';
import type { Tx } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';

/**
 * Inheritance. An org attribute created from a platform default (inheritsFromId) *follows* it while
 * `overridden` is false: its label, required / self-editable / filterable flags, status and values are
 * the default's, so a superadmin's later changes show in the org at once. Key and data type never change.
 *
 * "Override" means: the first change an org makes to such an attribute (PATCH on it, or creating,
 * changing or deleting one of its values) first copies the default's current definition and values
 * into the org's own rows (materialize below) and sets `overridden`; from then on the org's copy is
 * used and later changes of the default no longer reach it. Member values are stored by the value
 * code, which the copy keeps, so nothing members hold changes.
 */
const definition = {
  id: true,
  label: true,
  required: true,
  selfEditable: true,
  filterable: true,
  status: true,
  options: {
    select: { id: true, value: true, label: true, status: true, position: true },
    orderBy: [{ position: 'asc' }, { value: 'asc' }],
  },
} satisfies Prisma.AttributeSelect;

export const attributeSelect = {
  ...definition,
  organizationId: true,
  key: true,
  dataType: true,
  inheritsFromId: true,
  overridden: true,
  createdAt: true,
  updatedAt: true,
  inheritsFrom: { select: { ...definition, updatedAt: true } },
} satisfies Prisma.AttributeSelect;

type Def = {
  label: string;
  required: boolean;
  selfEditable: boolean;
  filterable: boolean;
  status: 'active' | 'inactive';
  options: { id: string; value: string; label: string; status: 'active' | 'inactive'; position: number }[];
};
export type AttributeRow = Def & {
  id: string;
  organizationId: string | null;
  key: string;
  dataType: Attribute['dataType'];
  inheritsFromId: string | null;
  overridden: boolean;
  createdAt: Date;
  updatedAt: Date;
  inheritsFrom: (Def & { id: string; updatedAt: Date }) | null;
};

export const isFollowing = (row: Pick<AttributeRow, 'inheritsFromId' | 'overridden'>) =>
  row.inheritsFromId !== null && !row.overridden;

export function toAttribute(row: AttributeRow): Attribute {
  const source = row.inheritsFrom && !row.overridden ? row.inheritsFrom : row;
  const updated = new Date(Math.max(source.updatedAt.getTime(), row.updatedAt.getTime()));
  return {
    id: row.id,
    key: row.key,
    label: source.label,
    dataType: row.dataType,
    required: source.required,
    selfEditable: source.selfEditable,
    filterable: source.filterable,
    status: source.status,
    inherited: row.inheritsFromId ? { defaultId: row.inheritsFromId, following: !row.overridden } : null,
    options: source.options.map((o) => ({ ...o })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: updated.toISOString(),
  };
}

/** All attributes of a scope (an org, or the platform defaults when orgId is null), effective after inheritance. */
export async function loadAttributes(client: Tx, orgId: string | null): Promise<Attribute[]> {
  const rows = await client.attribute.findMany({
    where: { organizationId: orgId },
    select: attributeSelect,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toAttribute);
}

/** One attribute of the scope, or 404 (also for another org's: never reveal it exists). */
export async function findAttributeRow(client: Tx, orgId: string | null, id: string): Promise<AttributeRow> {
  const row = await client.attribute.findFirst({ where: { id, organizationId: orgId }, select: attributeSelect });
  if (!row) throw notFound('Attribute');
  return row;
}

/**
 * Turns a following org attribute into an override: copies the default's definition and values.
 * Returns the row as it is now, and a map from the default's value ids to the copies' ids.
 */
export async function materialize(
  tx: Tx,
  row: AttributeRow,
): Promise<{ row: AttributeRow; idMap: Map<string, string> }> {
  const idMap = new Map<string, string>();
  if (!isFollowing(row) || !row.inheritsFrom) return { row, idMap };
  const source = row.inheritsFrom;
  await tx.attributeOption.deleteMany({ where: { attributeId: row.id } });
  for (const o of source.options) {
    const id = newId();
    idMap.set(o.id, id);
    await tx.attributeOption.create({
      data: { id, attributeId: row.id, value: o.value, label: o.label, status: o.status, position: o.position },
    });
  }
  await tx.attribute.update({
    where: { id: row.id },
    data: {
      label: source.label,
      required: source.required,
      selfEditable: source.selfEditable,
      filterable: source.filterable,
      status: source.status,
      overridden: true,
    },
  });
  return { row: await findAttributeRow(tx, row.organizationId, row.id), idMap };
}
