import type { Member } from '@/lib/schemas/member';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { withAttributes } from '@/lib/services/attributes/member-values';
import { readMember } from './to-member';

export async function getMember(ctx: OrgContext, userId: string): Promise<Member> {
  return withAttributes(db, ctx.org.id, await readMember(ctx.org.id, userId));
}
