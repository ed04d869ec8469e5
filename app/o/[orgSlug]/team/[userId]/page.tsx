import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MemberGrants } from '@/components/applications/member-grants';
import { Avatar } from '@/components/team/avatar';
import { MemberAttributeFacts } from '@/components/team/member-attributes';
import { MemberFacts } from '@/components/team/member-facts';
import { MemberPageActions } from '@/components/team/member-page-actions';
import type { MemberPermissions } from '@/components/team/types';
import { DateTime } from '@/components/ui/date-time';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listAuditLogOp } from '@/lib/api/operations/audit';
import {
  deactivateMemberOp,
  getMemberOp,
  memberPasswordResetOp,
  removeMemberOp,
  resetMemberMfaOp,
  updateMemberOp,
} from '@/lib/api/operations/members';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { can, type OrgContext } from '@/lib/server/guard';
import { getAttributeDefinitions } from '@/lib/services/attributes/member-values';
import { listDepartments } from '@/lib/services/departments/list-departments';
import { getMember } from '@/lib/services/members/get-member';
import { canManage } from '@/lib/services/members/role-rules';
import { listRoles } from '@/lib/services/roles/list-roles';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'Member' };

/** The same operations as the team table's row menu. */
const permissionsOf = (ctx: OrgContext): MemberPermissions => ({
  update: can(ctx, updateMemberOp),
  deactivate: can(ctx, deactivateMemberOp),
  remove: can(ctx, removeMemberOp),
  resetPassword: can(ctx, memberPasswordResetOp),
  resetMfa: can(ctx, resetMemberMfaOp),
});

export default async function MemberPage({ params }: { params: Promise<{ orgSlug: string; userId: string }> }) {
  const { orgSlug, userId } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/team/${userId}`);
  if (!can(ctx, getMemberOp)) notFound();
  const member = await getMember(ctx, userId).catch((error) => {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });
  const permissions = permissionsOf(ctx);
  const acts = Object.values(permissions).some(Boolean);
  // Roles (for the hierarchy and the role choices) and departments are read only for someone who may act.
  const [attributes, roles, departments] = await Promise.all([
    getAttributeDefinitions(ctx.org.id),
    acts ? listRoles(ctx) : [],
    permissions.update ? listDepartments(ctx, { page: 1, pageSize: 100, sort: 'name' }) : null,
  ]);
  const memberRole = roles.find((r) => r.id === member.role.id);
  const trail = can(ctx, listAuditLogOp)
    ? await db.auditLog.findMany({
        where: { organizationId: ctx.org.id, targetId: userId },
        orderBy: { createdAt: 'desc' },
        take: 20,
        select: { id: true, action: true, actorLabel: true, createdAt: true },
      })
    : null;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/o/${ctx.org.slug}/team`} className="text-indigo-700 hover:underline">
          ← Team
        </Link>
      </p>
      <div className="mb-6 flex items-center gap-4">
        <Avatar
          firstName={member.firstName}
          lastName={member.lastName}
          url={member.avatarUrl}
          className="size-14 text-base"
        />
        <div className="flex-1">
          <PageHeader
            title={`${member.firstName} ${member.lastName}`.trim()}
            description={member.jobTitle ?? member.email}
          />
        </div>
      </div>
      {acts ? (
        <MemberPageActions
          orgSlug={ctx.org.slug}
          member={member}
          roles={roles.map((r) => ({ id: r.id, key: r.key, name: r.name, manageable: canManage(ctx, r) }))}
          departments={departments?.data.map((d) => ({ id: d.id, name: d.name })) ?? []}
          attributes={attributes}
          can={permissions}
          manageable={memberRole ? canManage(ctx, memberRole) : false}
          self={ctx.principal.kind === 'user' && ctx.principal.userId === member.userId}
        />
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <MemberFacts member={member} />
          <MemberAttributeFacts defs={attributes} values={member.attributes ?? {}} />
        </div>
        <section aria-labelledby="activity" className="rounded-lg border border-zinc-200 bg-white p-4">
          <h2 id="activity" className="mb-3 text-base font-semibold">
            Recent activity about this member
          </h2>
          {trail === null ? (
            <p className="text-zinc-600">Your role does not include reading the audit log.</p>
          ) : trail.length === 0 ? (
            <EmptyState title="Nothing recorded yet" />
          ) : (
            <ul className="divide-y divide-zinc-100">
              {trail.map((e) => (
                <li key={e.id} className="flex justify-between gap-3 py-2 text-sm">
                  <span>
                    <span className="font-medium">{e.action}</span> by {e.actorLabel}
                  </span>
                  <span className="text-zinc-500">
                    <DateTime value={e.createdAt.toISOString()} format="full" />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <MemberGrants ctx={ctx} member={member} />
    </>
  );
}
