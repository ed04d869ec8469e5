import 'server-only';
import type { AttributeFieldDef } from '@/components/attributes/attribute-fields';
import type { MemberAttributes } from '@/lib/schemas/attribute';
import { db } from '@/lib/server/db';
import { getAttributeDefinitions, readMemberAttributes } from '@/lib/services/attributes/member-values';

export interface OwnAttributes {
  orgId: string;
  orgName: string;
  defs: AttributeFieldDef[];
  values: MemberAttributes;
}

/**
 * For the account page: per org the user is an active member of, the attributes they may set
 * themselves and their current values (orgs without such attributes are left out).
 */
export async function ownAttributes(userId: string, orgs: { id: string; name: string }[]): Promise<OwnAttributes[]> {
  const all = await Promise.all(
    orgs.map(async (org): Promise<OwnAttributes | null> => {
      const defs = (await getAttributeDefinitions(org.id)).filter((d) => d.selfEditable);
      if (defs.length === 0) return null;
      const values = await readMemberAttributes(db, org.id, [userId], defs);
      return { orgId: org.id, orgName: org.name, defs, values: values.get(userId) ?? {} };
    }),
  );
  return all.filter((x): x is OwnAttributes => x !== null);
}
