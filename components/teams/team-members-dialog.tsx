'use client';

import { useCallback, useEffect, useId, useState } from 'react';
import {
  addTeamMemberAction,
  memberChoicesAction,
  removeTeamMemberAction,
  teamMembersAction,
} from '@/app/o/[orgSlug]/teams/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import type { Team } from '@/lib/schemas/team';

type Person = { userId: string; name: string; email: string };

/** Who is in a team; writers add members found by a search and remove them. */
export function TeamMembersDialog({
  orgSlug,
  team,
  canWrite,
  onClose,
}: {
  orgSlug: string;
  team: Team | null;
  canWrite: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog open={team !== null} onClose={onClose} title={team ? `Members of ${team.name}` : 'Members'}>
      {team ? <TeamMembers key={team.id} orgSlug={orgSlug} team={team} canWrite={canWrite} /> : null}
    </Dialog>
  );
}

function TeamMembers({ orgSlug, team, canWrite }: { orgSlug: string; team: Team; canWrite: boolean }) {
  const [members, setMembers] = useState<Person[] | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<string>();

  const load = useCallback(async () => {
    const result = await teamMembersAction(orgSlug, team.id);
    if (result.ok) setMembers(result.data.members);
    else setError(result.error.message);
  }, [orgSlug, team.id]);
  useEffect(() => {
    void load();
  }, [load]);

  async function change(
    userId: string,
    action: (
      orgSlug: string,
      id: string,
      userId: string,
    ) => Promise<{ ok: true } | { ok: false; error: { message: string } }>,
  ) {
    setBusy(userId);
    setError(undefined);
    const result = await action(orgSlug, team.id, userId);
    if (result.ok) await load();
    else setError(result.error.message);
    setBusy(undefined);
  }

  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      {members === null ? (
        <p role="status" className="text-sm text-zinc-600">
          Loading members…
        </p>
      ) : members.length === 0 ? (
        <p className="text-sm text-zinc-600">Nobody is in this team yet.</p>
      ) : (
        <ul aria-label="Team members" className="divide-y divide-zinc-200">
          {members.map((m) => (
            <li key={m.userId} className="flex items-center justify-between gap-3 py-2">
              <span>
                <span className="font-medium text-zinc-900">{m.name}</span>
                <span className="block text-sm text-zinc-600">{m.email}</span>
              </span>
              {canWrite ? (
                <Button
                  variant="danger"
                  pending={busy === m.userId}
                  aria-label={`Remove ${m.name} from ${team.name}`}
                  onClick={() => void change(m.userId, removeTeamMemberAction)}
                >
                  Remove
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite && members !== null ? (
        <AddMember
          orgSlug={orgSlug}
          teamName={team.name}
          exclude={members}
          busy={busy}
          onAdd={(userId) => void change(userId, addTeamMemberAction)}
        />
      ) : null}
    </div>
  );
}

function AddMember({
  orgSlug,
  teamName,
  exclude,
  busy,
  onAdd,
}: {
  orgSlug: string;
  teamName: string;
  exclude: Person[];
  busy?: string;
  onAdd: (userId: string) => void;
}) {
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Person[] | null>(null);
  const [error, setError] = useState<string>();

  async function search() {
    setError(undefined);
    const result = await memberChoicesAction(orgSlug, q);
    if (result.ok) setFound(result.data);
    else setError(result.error.message);
  }

  const inTeam = new Set(exclude.map((m) => m.userId));
  const choices = found?.filter((p) => !inTeam.has(p.userId)) ?? null;
  return (
    <form
      noValidate
      className="space-y-2 border-t border-zinc-200 pt-4"
      onSubmit={(event) => {
        event.preventDefault();
        void search();
      }}
    >
      <label htmlFor={`${id}-q`} className="block font-medium text-zinc-900">
        Add a member
      </label>
      <div className="flex gap-2">
        <Input
          id={`${id}-q`}
          placeholder="Name or e-mail"
          autoComplete="off"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button type="submit">Find</Button>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {choices?.length === 0 ? <p className="text-sm text-zinc-600">No other member matches.</p> : null}
      {choices?.length ? (
        <ul aria-label="Members found" className="divide-y divide-zinc-200">
          {choices.map((p) => (
            <li key={p.userId} className="flex items-center justify-between gap-3 py-2">
              <span>
                <span className="font-medium text-zinc-900">{p.name}</span>
                <span className="block text-sm text-zinc-600">{p.email}</span>
              </span>
              <Button
                pending={busy === p.userId}
                aria-label={`Add ${p.name} to ${teamName}`}
                onClick={() => onAdd(p.userId)}
              >
                Add
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
