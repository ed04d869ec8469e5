import 'server-only';
import type { Attribute, ListAttributesQuery } from '@/lib/schemas/attribute';
import { type ListResult, parseSort, toListResult } from '@/lib/schemas/list';
import { db } from '@/lib/server/db';
import { loadAttributes } from './effective';
import type { AttributeScope } from './scope';

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * GET …/attributes: an org has tens of attributes, not thousands, and the effective
 * labels come from two rows, so filtering, sorting and paging happen here rather than in SQL.
 */
export async function listAttributes(
  scope: AttributeScope,
  query: ListAttributesQuery,
): Promise<ListResult<Attribute>> {
  const { field, direction } = parseSort(query.sort);
  const q = query.q?.toLowerCase();
  const rows = (await loadAttributes(db, scope.orgId)).filter(
    (a) =>
      (!query.status || a.status === query.status) &&
      (!q || a.label.toLowerCase().includes(q) || a.key.toLowerCase().includes(q)),
  );
  const key = field as 'label' | 'key' | 'createdAt';
  rows.sort((a, b) => {
    const by = key === 'createdAt' ? a.createdAt.localeCompare(b.createdAt) : collator.compare(a[key], b[key]);
    return (direction === 'desc' ? -by : by) || a.id.localeCompare(b.id);
  });
  const start = (query.page - 1) * query.pageSize;
  return toListResult(rows.slice(start, start + query.pageSize), rows.length, query);
}
