import type { NavItem } from '@/components/shell/nav-link';
import { createApiKeyOp } from '@/lib/api/operations/api-keys';
import { listApplicationsOp } from '@/lib/api/operations/applications';
import { listAuditLogOp } from '@/lib/api/operations/audit';
import { listDepartmentsOp } from '@/lib/api/operations/departments';
import { updateEmailTemplateOp } from '@/lib/api/operations/email-templates';
import { listImportsOp } from '@/lib/api/operations/imports';
import { listInvitationsOp } from '@/lib/api/operations/invitations';
import { listMembersOp } from '@/lib/api/operations/members';
import { updateOrganizationOp } from '@/lib/api/operations/organizations';
import { listRolesOp } from '@/lib/api/operations/roles';
import { getOrgStatsOp } from '@/lib/api/operations/stats';
import { listTeamsOp } from '@/lib/api/operations/teams';
import { listWebhooksOp } from '@/lib/api/operations/webhooks';
import { can, holds, type OrgContext } from '@/lib/server/guard';

/** The org's navigation: only what exists and what this caller may open, in the sidebar's order. */
export function orgNav(ctx: OrgContext): NavItem[] {
  const nav: NavItem[] = [];
  if (can(ctx, getOrgStatsOp)) nav.push({ href: `/o/${ctx.org.slug}`, label: 'Dashboard', exact: true });
  if (can(ctx, listMembersOp)) nav.push({ href: `/o/${ctx.org.slug}/team`, label: 'Team' });
  if (can(ctx, listTeamsOp)) nav.push({ href: `/o/${ctx.org.slug}/teams`, label: 'Teams' });
  if (can(ctx, listDepartmentsOp)) nav.push({ href: `/o/${ctx.org.slug}/departments`, label: 'Departments' });
  if (can(ctx, listRolesOp)) nav.push({ href: `/o/${ctx.org.slug}/roles`, label: 'Roles' });
  if (can(ctx, listApplicationsOp)) nav.push({ href: `/o/${ctx.org.slug}/applications`, label: 'Applications' });
  if (can(ctx, listInvitationsOp))
    nav.push({ href: `/o/${ctx.org.slug}/invitations`, label: 'Invitations', exact: true });
  if (can(ctx, listImportsOp)) {
    nav.push({ href: `/o/${ctx.org.slug}/invitations/import`, label: 'Bulk import' });
  }
  nav.push(
    holds(ctx, 'role_requests.read')
      ? { href: `/o/${ctx.org.slug}/requests`, label: 'Requests' }
      : { href: `/o/${ctx.org.slug}/requests/new`, label: 'Request a role' },
  );
  if (can(ctx, listAuditLogOp)) nav.push({ href: `/o/${ctx.org.slug}/audit`, label: 'Audit log' });
  // Settings comes last; it appears only to those who can change something there.
  if (
    can(ctx, updateOrganizationOp) ||
    can(ctx, updateEmailTemplateOp) ||
    can(ctx, createApiKeyOp) ||
    can(ctx, listWebhooksOp)
  ) {
    nav.push({ href: `/o/${ctx.org.slug}/settings`, label: 'Settings' });
  }

  return nav;
}
