import type { OrgContext } from '@/lib/server/guard';

/** The person behind a request, for `created_by` columns; API keys have none. */
export function actorUserId(ctx: OrgContext): string | null {
  return ctx.principal.kind === 'user' ? ctx.principal.userId : null;
}
