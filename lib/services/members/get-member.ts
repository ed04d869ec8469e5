import type { Member } from '@/lib/schemas/member';
import type { OrgContext } from '@/lib/server/guard';
import { readMember } from './to-member';

export function getMember(ctx: OrgContext, userId: string): Promise<Member> {
  return readMember(ctx.org.id, userId);
}
