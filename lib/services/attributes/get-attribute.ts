import 'server-only';
import type { Attribute } from '@/lib/schemas/attribute';
import { db } from '@/lib/server/db';
import { findAttributeRow, toAttribute } from './effective';
import type { AttributeScope } from './scope';

export async function getAttribute(scope: AttributeScope, id: string): Promise<Attribute> {
  return toAttribute(await findAttributeRow(db, scope.orgId, id));
}
