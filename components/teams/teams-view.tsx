'use client';

import { useMemo, useState } from 'react';
import { deleteTeamAction } from '@/app/o/[orgSlug]/teams/actions';
import { SearchableList } from '@/components/data-table/searchable-list';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { ListResult } from '@/lib/schemas/list';
import type { Team } from '@/lib/schemas/team';
import { ListUrlStateProvider } from '@/lib/ui/list-url-state';
import { teamColumns } from './columns';
import { type RoleOption, TeamFormDialog } from './team-form-dialog';
import { TeamMembersDialog } from './team-members-dialog';

type Editing = { team: Team | null } | null;
type Props = {
  orgSlug: string;
  canWrite: boolean;
  list: ListResult<Team>;
  roles: RoleOption[];
  query: { q: string; sort: string };
};

const urlDefaults = { page: 1 };
const itemName = { one: 'team', other: 'teams' };
const getRowId = (team: Team) => team.id;

export function TeamsView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Teams {...props} />
    </ListUrlStateProvider>
  );
}

function Teams({ orgSlug, canWrite, list, roles, query }: Props) {
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const [viewing, setViewing] = useState<Team | null>(null);
  const columns = useMemo(
    () =>
      teamColumns({ canWrite, onMembers: setViewing, onEdit: (team) => setEditing({ team }), onDelete: setDeleting }),
    [canWrite],
  );

  const createButton = canWrite ? (
    <Button variant="primary" onClick={() => setEditing({ team: null })}>
      New team
    </Button>
  ) : null;

  return (
    <>
      <SearchableList
        title="Teams"
        description="Named groups of members; a team may give its members a role on top of their own."
        createButton={createButton}
        nothingYet={{
          title: 'No teams yet',
          description: canWrite
            ? 'Create the first one, or let your identity provider push its groups through SCIM.'
            : 'An administrator of this organization can create them.',
        }}
        search={{
          label: 'Search teams',
          placeholder: 'Search by name',
          hint: 'Check the spelling or try another name.',
        }}
        query={query}
        list={list}
        columns={columns}
        getRowId={getRowId}
        itemName={itemName}
      />
      <TeamMembersDialog orgSlug={orgSlug} team={viewing} canWrite={canWrite} onClose={() => setViewing(null)} />
      {canWrite ? (
        <>
          <TeamFormDialog
            orgSlug={orgSlug}
            open={editing !== null}
            team={editing?.team ?? null}
            roles={roles}
            onClose={() => setEditing(null)}
          />
          <ConfirmDialog
            open={deleting !== null}
            title="Delete team"
            description={
              deleting ? (
                <p>
                  Delete <strong className="font-semibold text-zinc-900">{deleting.name}</strong>? Its members stay in
                  the organization and lose only what the team's role gave them.
                </p>
              ) : null
            }
            confirmLabel="Delete"
            onConfirm={() => deleteTeamAction(orgSlug, deleting!.id)}
            onClose={() => setDeleting(null)}
          />
        </>
      ) : null}
    </>
  );
}
