import 'server-only';
import { getAttributeDefinitions } from '@/lib/services/attributes/member-values';

/** The keys of the org's active attributes, which attribute fields of a form may refer to. */
export async function knownAttributeKeys(orgId: string): Promise<ReadonlySet<string>> {
  return new Set((await getAttributeDefinitions(orgId)).map((d) => d.key));
}
