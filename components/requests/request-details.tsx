import type { ReactNode } from 'react';
import { DateTime } from '@/components/ui/date-time';
import type { RoleRequestDetails } from '@/lib/schemas/role-request';
import { personName } from './person-name';
import { StatusBadge } from './status-badge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-zinc-600">{label}</dt>
      <dd className="text-sm text-zinc-900 sm:col-span-2">{children}</dd>
    </div>
  );
}

function Permissions({ list, empty }: { list: string[]; empty: string }) {
  if (list.length === 0) return <span className="text-zinc-500">{empty}</span>;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {list.map((p) => (
        <li key={p} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-800">
          {p}
        </li>
      ))}
    </ul>
  );
}

/** Everything about one role request: who, what, why, what it would change, and what was decided. */
export function RequestDetails({ request }: { request: RoleRequestDetails }) {
  const decided = request.status === 'approved' || request.status === 'rejected';
  return (
    <dl className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white px-5 shadow-sm">
      <Fact label="Status">
        <span data-testid="request-status">
          <StatusBadge status={request.status} />
        </span>
      </Fact>
      <Fact label="Requester">
        {personName(request.requester)} <span className="text-zinc-500">({request.requester.email})</span>
      </Fact>
      <Fact label="Requested role">{request.role.name}</Fact>
      <Fact label="Current role">
        {request.currentRole?.name ?? <span className="text-zinc-500">No longer a member</span>}
        {request.fromRole && request.fromRole.id !== request.currentRole?.id ? (
          <span className="text-zinc-500"> (was {request.fromRole.name} when asking)</span>
        ) : null}
      </Fact>
      <Fact label="Requested">
        <DateTime value={request.createdAt} format="full" />
      </Fact>
      <Fact label="Reason">
        <p className="whitespace-pre-wrap">{request.reason}</p>
      </Fact>
      {request.status === 'pending' ? (
        <>
          <Fact label="Approving adds">
            <Permissions list={request.permissionsAdded} empty="No new permissions" />
          </Fact>
          <Fact label="Approving removes">
            <Permissions list={request.permissionsRemoved} empty="Nothing" />
          </Fact>
        </>
      ) : (
        <Fact label={`${request.role.name} permissions`}>
          <Permissions list={request.rolePermissions} empty="None" />
        </Fact>
      )}
      {decided ? (
        <>
          <Fact label="Decided by">
            {request.reviewedBy ? personName(request.reviewedBy) : <span className="text-zinc-500">An API client</span>}
            {request.reviewedAt ? (
              <span className="text-zinc-500">
                {' '}
                on <DateTime value={request.reviewedAt} format="full" />
              </span>
            ) : null}
          </Fact>
          <Fact label="Note">
            {request.note ? (
              <p className="whitespace-pre-wrap" data-testid="request-note">
                {request.note}
              </p>
            ) : (
              <span className="text-zinc-500">No note</span>
            )}
          </Fact>
        </>
      ) : null}
    </dl>
  );
}
