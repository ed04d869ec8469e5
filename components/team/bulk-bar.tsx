'use client';

import { useId, useState } from 'react';
import { bulkMembersAction } from '@/app/o/[orgSlug]/team/actions';
import { useStepUp } from '@/components/account/step-up';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import type { DepartmentChoice, RoleChoice, TeamPermissions } from './types';

/** Change role or department of, or deactivate, the selected members; reports how many succeeded. */
export function BulkBar({
  orgSlug,
  selected,
  roles,
  departments,
  can,
  onDone,
}: {
  orgSlug: string;
  selected: string[];
  roles: RoleChoice[];
  departments: DepartmentChoice[];
  can: TeamPermissions;
  onDone: (message: string) => void;
}) {
  const id = useId();
  const [pending, setPending] = useState(false);
  const [choice, setChoice] = useState('');
  const stepUp = useStepUp();
  async function apply(change: unknown) {
    setPending(true);
    const result = await stepUp.run(() => bulkMembersAction(orgSlug, { userIds: selected, change }));
    setPending(false);
    setChoice('');
    if (!result.ok) return onDone(result.error.message);
    const { succeeded, failed } = result.data;
    onDone(
      `${succeeded} member${succeeded === 1 ? '' : 's'} updated` +
        (failed.length ? `; ${failed.length} failed: ${[...new Set(failed.map((f) => f.message))].join(' ')}` : ''),
    );
  }
  const run = () => {
    if (choice.startsWith('role:')) void apply({ kind: 'role', roleId: choice.slice(5) });
    else if (choice.startsWith('dept:')) void apply({ kind: 'department', departmentId: choice.slice(5) || null });
    else if (choice === 'deactivate') void apply({ kind: 'deactivate' });
  };
  return (
    <section
      aria-label="Bulk actions"
      className="flex flex-wrap items-center gap-2 rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2"
    >
      <p className="text-sm font-medium text-indigo-900">{selected.length} selected</p>
      <label htmlFor={id} className="sr-only">
        Bulk action
      </label>
      <Select id={id} className="w-auto" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">Choose an action…</option>
        {can.update ? (
          <optgroup label="Change role">
            {roles
              .filter((r) => r.manageable)
              .map((r) => (
                <option key={r.id} value={`role:${r.id}`}>
                  Role: {r.name}
                </option>
              ))}
          </optgroup>
        ) : null}
        {can.update ? (
          <optgroup label="Change department">
            <option value="dept:">Department: none</option>
            {departments.map((d) => (
              <option key={d.id} value={`dept:${d.id}`}>
                Department: {d.name}
              </option>
            ))}
          </optgroup>
        ) : null}
        {can.deactivate ? <option value="deactivate">Deactivate</option> : null}
      </Select>
      <Button size="sm" variant="primary" disabled={!choice} pending={pending} onClick={run}>
        Apply
      </Button>
      {stepUp.dialog}
    </section>
  );
}
