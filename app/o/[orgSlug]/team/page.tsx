import type { Metadata } from 'next';
import { parseColumns } from '@/components/team/attribute-columns';
import { TeamView } from '@/components/team/team-view';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { ListMembersQuery } from '@/lib/schemas/member';
import { can } from '@/lib/server/guard';
import { getAttributeDefinitions } from '@/lib/services/attributes/member-values';
import { listDepartments } from '@/lib/services/departments/list-departments';
import { listMembers } from '@/lib/services/members/list-members';
import { canManage } from '@/lib/services/members/role-rules';
import { orgRequiresMfa } from '@/lib/services/mfa/org-policy';
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
  // Attribute values are read only when the table shows attribute columns (`cols`), keeping the default list fast.
  const definitions = getAttributeDefinitions(ctx.org.id);
  const columnsOf = async () => (raw.cols ? parseColumns(raw.cols, await definitions) : []);
  const [attributes, columnKeys, list, roles, departments, mfaRequired] = await Promise.all([
    definitions,
    columnsOf(),
    columnsOf().then((keys) =>
      listMembers(ctx, { ...query, cursor: undefined, include: keys.length > 0 ? 'attributes' : query.include }),
    ),
    listRoles(ctx),
    listDepartments(ctx, { page: 1, pageSize: 100, sort: 'name' }),
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
        status: query.status ?? '',
        mfa: query.mfa ?? '',
      }}
      mfaRequired={mfaRequired}
      roles={roles.map((r) => ({ id: r.id, key: r.key, name: r.name, manageable: canManage(ctx, r) }))}
      departments={departments.data.map((d) => ({ id: d.id, name: d.name }))}
      attributes={attributes}
      columnKeys={columnKeys}
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
