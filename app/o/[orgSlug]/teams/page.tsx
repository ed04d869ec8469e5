import type { Metadata } from 'next';
import { TeamsView } from '@/components/teams/teams-view';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { createTeamOp, listTeamsOp } from '@/lib/api/operations/teams';
import { ListTeamsQuery } from '@/lib/schemas/team';
import { can } from '@/lib/server/guard';
import { listRoles } from '@/lib/services/roles/list-roles';
import { listTeams } from '@/lib/services/teams/list-teams';
import { parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { keepPageInRange, listPageContext } from '../list-page';

export const metadata: Metadata = { title: 'Teams' };

export default async function TeamsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug } = await params;
  const raw = await searchParams;
  const { ctx, path } = await listPageContext(orgSlug, 'teams', raw);

  if (!can(ctx, listTeamsOp)) {
    return (
      <>
        <PageHeader title="Teams" />
        <NoAccess what="see teams" permission={listTeamsOp.access.permission} />
      </>
    );
  }

  const query = parseSearchParams(ListTeamsQuery, raw);
  const canWrite = can(ctx, createTeamOp);
  const [list, roles] = await Promise.all([listTeams(ctx, query), canWrite ? listRoles(ctx) : []]);
  keepPageInRange(path, raw, list, query.page);

  return (
    <TeamsView
      orgSlug={ctx.org.slug}
      canWrite={canWrite}
      list={list}
      // Ownership stays personal (decision 016): the owner role is never a team's.
      roles={roles.filter((r) => r.key !== 'owner').map((r) => ({ id: r.id, name: r.name }))}
      query={{ q: query.q ?? '', sort: query.sort }}
    />
  );
}
