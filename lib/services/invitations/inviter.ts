import type { OrgContext } from '@/lib/server/guard';

/** How the invitation e-mail names who invites: the person, or the org for an API key. */
export function inviterName(ctx: OrgContext): string {
  const p = ctx.principal;
  return p.kind === 'user' ? p.name || p.email : ctx.org.name;
}

/** The user recorded as `invitedBy`: null for an API key. */
export function inviterId(ctx: OrgContext): string | null {
  return ctx.principal.kind === 'user' ? ctx.principal.userId : null;
}
