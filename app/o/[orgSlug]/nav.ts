import type { NavItem } from '@/components/shell/nav-link';
import { can, type OrgContext } from '@/lib/server/guard';

/** The org's navigation: only what exists and what this caller may open, in the sidebar's order. */
export function orgNav(ctx: OrgContext): NavItem[] {
  const nav: NavItem[] = [];
  if (can(ctx, 'org.read')) nav.push({ href: `/o/${ctx.org.slug}`, label: 'Dashboard', exact: true });
  if (can(ctx, 'members.read')) nav.push({ href: `/o/${ctx.org.slug}/team`, label: 'Team' });
  if (can(ctx, 'departments.read')) nav.push({ href: `/o/${ctx.org.slug}/departments`, label: 'Departments' });
  if (can(ctx, 'roles.read')) nav.push({ href: `/o/${ctx.org.slug}/roles`, label: 'Roles' });
  if (can(ctx, 'applications.read')) nav.push({ href: `/o/${ctx.org.slug}/applications`, label: 'Applications' });
  if (can(ctx, 'invitations.read'))
    nav.push({ href: `/o/${ctx.org.slug}/invitations`, label: 'Invitations', exact: true });
  if (can(ctx, 'imports.read')) {
    nav.push({ href: `/o/${ctx.org.slug}/invitations/import`, label: 'Bulk import' });
  }
  nav.push(
    can(ctx, 'role_requests.read')
      ? { href: `/o/${ctx.org.slug}/requests`, label: 'Requests' }
      : { href: `/o/${ctx.org.slug}/requests/new`, label: 'Request a role' },
  );
  if (can(ctx, 'audit.read')) nav.push({ href: `/o/${ctx.org.slug}/audit`, label: 'Audit log' });
  // Settings comes last; it appears only to those who can change something there.
  if (
    can(ctx, 'org.update') ||
    can(ctx, 'settings.manage') ||
    can(ctx, 'api_keys.manage') ||
    can(ctx, 'webhooks.manage')
  ) {
    nav.push({ href: `/o/${ctx.org.slug}/settings`, label: 'Settings' });
  }

  return nav;
}
