'use client';

import { useId } from 'react';
import { Select } from '@/components/ui/input';
import { useListUrlState } from '@/lib/ui/list-url-state';
import type { DepartmentChoice, RoleChoice } from './types';

/** Role, department, team, status and 2FA filters; each writes the URL and starts again at page 1. */
export function MemberFilters({
  roles,
  departments,
  teams,
  value,
}: {
  roles: RoleChoice[];
  departments: DepartmentChoice[];
  /** The org's teams; no picker when there are none (or the caller may not see teams). */
  teams: DepartmentChoice[];
  value: { role: string; department: string; team: string; status: string; mfa: string };
}) {
  const id = useId();
  const { update } = useListUrlState();
  const set = (key: string) => (event: React.ChangeEvent<HTMLSelectElement>) =>
    update({ [key]: event.target.value }, { resetPage: true });
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={`${id}-role`} className="sr-only">
        Filter by role
      </label>
      <Select id={`${id}-role`} className="w-auto" value={value.role} onChange={set('role')}>
        <option value="">All roles</option>
        {roles.map((r) => (
          <option key={r.id} value={r.key}>
            {r.name}
          </option>
        ))}
      </Select>
      <label htmlFor={`${id}-department`} className="sr-only">
        Filter by department
      </label>
      <Select id={`${id}-department`} className="w-auto" value={value.department} onChange={set('department')}>
        <option value="">All departments</option>
        <option value="none">No department</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </Select>
      {teams.length > 0 ? (
        <>
          <label htmlFor={`${id}-team`} className="sr-only">
            Filter by team
          </label>
          <Select id={`${id}-team`} className="w-auto" value={value.team} onChange={set('team')}>
            <option value="">All teams</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </Select>
        </>
      ) : null}
      <label htmlFor={`${id}-status`} className="sr-only">
        Filter by status
      </label>
      <Select id={`${id}-status`} className="w-auto" value={value.status} onChange={set('status')}>
        <option value="">Any status</option>
        <option value="active">Active</option>
        <option value="deactivated">Deactivated</option>
      </Select>
      <label htmlFor={`${id}-mfa`} className="sr-only">
        Filter by two-factor authentication
      </label>
      <Select id={`${id}-mfa`} className="w-auto" value={value.mfa} onChange={set('mfa')}>
        <option value="">Any 2FA</option>
        <option value="enabled">2FA on</option>
        <option value="disabled">2FA off</option>
      </Select>
    </div>
  );
}
