'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { AttributeFieldDef } from '@/components/attributes/attribute-fields';
import { AttributeFilters } from '@/components/attributes/attribute-filters';
import { DataTable } from '@/components/data-table/data-table';
import { SearchInput } from '@/components/data-table/search-input';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import type { Member, MemberList } from '@/lib/schemas/member';
import { ListUrlStateProvider, useListUrlState } from '@/lib/ui/list-url-state';
import { AddMemberDialog } from './add-member-dialog';
import { AttributeColumnPicker } from './attribute-column-picker';
import { BulkBar } from './bulk-bar';
import { memberColumns } from './columns';
import { type Confirmable, ConfirmMemberDialog } from './confirm-member-dialog';
import { EditMemberDialog } from './edit-member-dialog';
import { MemberFilters } from './filters';
import type { DepartmentChoice, MemberActionKind, RoleChoice, TeamPermissions } from './types';

const urlDefaults = { page: 1, sort: 'name', pageSize: 25 };
const itemName = { one: 'member', other: 'members' };
const getRowId = (m: Member) => m.userId;

interface Props {
  orgSlug: string;
  list: MemberList;
  query: { q: string; sort: string; role: string; department: string; team: string; status: string; mfa: string };
  /** The org requires a second factor of every member. */
  mfaRequired: boolean;
  roles: RoleChoice[];
  departments: DepartmentChoice[];
  /** The org's teams, for the team filter (empty without teams.read). */
  teams?: DepartmentChoice[];
  /** The org's active custom attributes: member form fields and team filters. */
  attributes?: (AttributeFieldDef & { filterable: boolean })[];
  /** Keys of the attribute columns shown (`cols` in the URL); the list then carries the values. */
  columnKeys?: string[];
  selfId: string | null;
  can: TeamPermissions;
}

export function TeamView(props: Props) {
  return (
    <ListUrlStateProvider defaults={urlDefaults}>
      <Team {...props} />
    </ListUrlStateProvider>
  );
}

function Team(props: Props) {
  const { orgSlug, list, query, roles, departments, teams = [], attributes = [], columnKeys = [], selfId, can } = props;
  const { update } = useListUrlState();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Member | null>(null);
  const [confirming, setConfirming] = useState<Confirmable | null>(null);
  const [notice, setNotice] = useState<string>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const bulk = can.update || can.deactivate;
  // Stable across renders: new columns would remount every cell, and a row's menu trigger with them
  // (a dialog opened from it could not return focus there).
  const pageIds = useMemo(() => list.data.map((m) => m.userId), [list.data]);
  const visibleSelected = pageIds.filter((id) => selected.has(id));
  const allSelected = pageIds.length > 0 && visibleSelected.length === pageIds.length;

  const shownAttributes = useMemo(() => attributes.filter((a) => columnKeys.includes(a.key)), [attributes, columnKeys]);
  const columns = useMemo(
    () =>
      memberColumns({
        orgSlug,
        attributes: shownAttributes,
        can,
        roles,
        selfId,
        selected,
        bulk,
        allSelected,
        onToggle: (id) =>
          setSelected((s) => {
            const next = new Set(s);
            if (next.has(id)) next.delete(id);
            else next.add(id);
            return next;
          }),
        onToggleAll: () => setSelected(allSelected ? new Set() : new Set(pageIds)),
        onAction: (kind: MemberActionKind, member: Member) =>
          kind === 'edit' ? setEditing(member) : setConfirming({ kind, member }),
      }),
    [orgSlug, shownAttributes, can, roles, selfId, selected, bulk, allSelected, pageIds],
  );
  const filtered = Boolean(query.q || query.role || query.department || query.team || query.status || query.mfa);
  const finish = (message?: string) => {
    if (message) setNotice(message);
  };

  return (
    <>
      <PageHeader
        title="Team"
        description="The members of your organization, their roles and departments."
        actions={
          <>
            {can.invitations && list.pendingInvitations !== null ? (
              <Link href={`/o/${orgSlug}/invitations`} className="text-sm font-medium text-indigo-700 hover:underline">
                {list.pendingInvitations} pending invitation{list.pendingInvitations === 1 ? '' : 's'}
              </Link>
            ) : null}
            {can.create ? (
              <Button variant="primary" onClick={() => setAdding(true)}>
                Add member
              </Button>
            ) : null}
          </>
        }
      />
      <div className="space-y-4">
        {notice ? (
          <Alert tone="info" className="flex items-start justify-between gap-2">
            {notice}{' '}
            <button type="button" className="ml-2 underline" onClick={() => setNotice(undefined)}>
              Dismiss
            </button>
          </Alert>
        ) : null}
        <div className="flex flex-col gap-3 lg:flex-row lg:items-center">
          <SearchInput label="Search members" placeholder="Search by name or e-mail" value={query.q} />
          <MemberFilters roles={roles} departments={departments} teams={teams} value={query} />
          <AttributeFilters defs={attributes} />
          <div className="lg:ml-auto">
            <AttributeColumnPicker defs={attributes} shown={columnKeys} />
          </div>
        </div>
        <p className="text-sm text-zinc-600" data-testid="mfa-policy">
          {props.mfaRequired
            ? 'Two-factor authentication is required: members without it are sent to set it up.'
            : 'Two-factor authentication is optional in this organization.'}
        </p>
        {bulk && visibleSelected.length > 0 ? (
          <BulkBar
            orgSlug={orgSlug}
            selected={visibleSelected}
            roles={roles}
            departments={departments}
            can={can}
            onDone={(message) => {
              setSelected(new Set());
              setNotice(message);
            }}
          />
        ) : null}
        <DataTable
          label="Members"
          columns={columns}
          data={list.data}
          getRowId={getRowId}
          sort={query.sort}
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          itemName={itemName}
          empty={
            filtered ? (
              <EmptyState
                title="No members match"
                description="Try another search or clear the filters."
                action={
                  <Button
                    onClick={() =>
                      update({ q: '', role: '', department: '', team: '', status: '', mfa: '' }, { resetPage: true })
                    }
                  >
                    Clear search and filters
                  </Button>
                }
              />
            ) : (
              <EmptyState title="No members yet" description="Add the first one, or invite people." />
            )
          }
        />
        {list.totalIsEstimate ? (
          <p className="text-xs text-zinc-500">
            The total is an estimate: counting exactly this many members would be slow.
          </p>
        ) : null}
      </div>
      {can.create ? (
        <AddMemberDialog
          orgSlug={orgSlug}
          open={adding}
          roles={roles}
          departments={departments}
          attributes={attributes}
          onClose={(message) => {
            setAdding(false);
            finish(message);
          }}
        />
      ) : null}
      <EditMemberDialog
        orgSlug={orgSlug}
        member={editing}
        roles={roles}
        departments={departments}
        attributes={attributes}
        onClose={(message) => {
          setEditing(null);
          finish(message);
        }}
      />
      <ConfirmMemberDialog
        orgSlug={orgSlug}
        target={confirming}
        onClose={(message) => {
          setConfirming(null);
          finish(message);
        }}
      />
    </>
  );
}
