import type { Metadata } from 'next';
import { parseColumns } from '@/components/team/attribute-columns';
import { TeamView } from '@/components/team/team-view';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { listInvitationsOp } from '@/lib/api/operations/invitations';
import {
  addMemberOp,
  deactivateMemberOp,
  listMembersOp,
  memberPasswordResetOp,
  removeMemberOp,
  resetMemberMfaOp,
  updateMemberOp,
} from '@/lib/api/operations/members';
import { listTeamsOp } from '@/lib/api/operations/teams';
import { ListMembersQuery } from '@/lib/schemas/member';
import { can } from '@/lib/server/guard';
import { getAttributeDefinitions } from '@/lib/services/attributes/member-values';
import { listDepartments } from '@/lib/services/departments/list-departments';
import { listMembers } from '@/lib/services/members/list-members';
import { canManage } from '@/lib/services/members/role-rules';
import { orgRequiresMfa } from '@/lib/services/mfa/org-policy';
import { listRoles } from '@/lib/services/roles/list-roles';
import { listTeams } from '@/lib/services/teams/list-teams';
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
  if (!can(ctx, listMembersOp)) {
    return (
      <>
        <PageHeader title="Team" />
        <NoAccess what="see members" permission={listMembersOp.access.permission} />
      </>
    );
  }
  const { cursor: _ignored, ...query } = parseSearchParams(ListMembersQuery, raw);
  // Attribute values are read only when the table shows attribute columns (`cols`), keeping the default list fast.
  const definitions = getAttributeDefinitions(ctx.org.id);
  const columnsOf = async () => (raw.cols ? parseColumns(raw.cols, await definitions) : []);
  const [attributes, columnKeys, list, roles, departments, teams, mfaRequired] = await Promise.all([
    definitions,
    columnsOf(),
    columnsOf().then((keys) =>
      listMembers(ctx, { ...query, cursor: undefined, include: keys.length > 0 ? 'attributes' : query.include }),
    ),
    listRoles(ctx),
    listDepartments(ctx, { page: 1, pageSize: 100, sort: 'name' }),
    can(ctx, listTeamsOp) ? listTeams(ctx, { page: 1, pageSize: 100, sort: 'name' }) : null,
    orgRequiresMfa(ctx),
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
        team: query.team ?? '',
        status: query.status ?? '',
        mfa: query.mfa ?? '',
      }}
      mfaRequired={mfaRequired}
      roles={roles.map((r) => ({ id: r.id, key: r.key, name: r.name, manageable: canManage(ctx, r) }))}
      departments={departments.data.map((d) => ({ id: d.id, name: d.name }))}
      teams={teams?.data.map((t) => ({ id: t.id, name: t.name })) ?? []}
      attributes={attributes}
      columnKeys={columnKeys}
      selfId={ctx.principal.kind === 'user' ? ctx.principal.userId : null}
      can={{
        create: can(ctx, addMemberOp),
        update: can(ctx, updateMemberOp),
        deactivate: can(ctx, deactivateMemberOp),
        remove: can(ctx, removeMemberOp),
        resetPassword: can(ctx, memberPasswordResetOp),
        resetMfa: can(ctx, resetMemberMfaOp),
        invitations: can(ctx, listInvitationsOp),
      }}
    />
  );
}
