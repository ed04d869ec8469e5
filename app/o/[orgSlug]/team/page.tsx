import type { Metadata } from 'next';
import { TeamView } from '@/components/team/team-view';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { ListMembersQuery } from '@/lib/schemas/member';
import { can } from '@/lib/server/guard';
import { listDepartments } from '@/lib/services/departments/list-departments';
import { listMembers } from '@/lib/services/members/list-members';
import { canManage } from '@/lib/services/members/role-rules';
import { listRoles } from '@/lib/services/roles/list-roles';
import { parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { listPageContext } from '../list-page';

export const metadata: Metadata = { title: 'Team' };

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug } = await params;
  const raw = await searchParams;
  const { ctx } = await listPageContext(orgSlug, 'team', raw);
  if (!can(ctx, 'members.read')) {
    return (
      <>
        <PageHeader title="Team" />
        <NoAccess what="see members" permission="members.read" />
      </>
    );
  }
  const { cursor: _ignored, ...query } = parseSearchParams(ListMembersQuery, raw);
  const [list, roles, departments] = await Promise.all([
    listMembers(ctx, { ...query, cursor: undefined }),
    listRoles(ctx),
    listDepartments(ctx, { page: 1, pageSize: 100, sort: 'name' }),
  ]);
  return (
    <TeamView
      orgSlug={ctx.org.slug}
      list={list}
      query={{
        q: query.q ?? '',
        sort: query.sort,
        role: query.role ?? '',
        department: query.department ?? '',
        status: query.status ?? '',
      }}
      roles={roles.map((r) => ({ id: r.id, key: r.key, name: r.name, manageable: canManage(ctx, r) }))}
      departments={departments.data.map((d) => ({ id: d.id, name: d.name }))}
      selfId={ctx.principal.kind === 'user' ? ctx.principal.userId : null}
      can={{
        create: can(ctx, 'members.create'),
        update: can(ctx, 'members.update'),
        deactivate: can(ctx, 'members.deactivate'),
        remove: can(ctx, 'members.delete'),
        invitations: can(ctx, 'invitations.read'),
      }}
    />
  );
}
