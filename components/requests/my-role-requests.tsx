import 'server-only';
import Link from 'next/link';
import { AccountSection } from '@/components/account/account-section';
import { DateTime } from '@/components/ui/date-time';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { listMyRoleRequests } from '@/lib/services/role-requests/list-my-role-requests';
import { personName } from './person-name';
import { StatusBadge } from './status-badge';

/** The account page's list of the user's role requests in every org, with each outcome and note. */
export async function MyRoleRequests({ principal }: { principal: UserPrincipal }) {
  const requests = await listMyRoleRequests(principal);
  return (
    <AccountSection
      id="role-requests-heading"
      title="Role requests"
      description="The roles you asked for, and what the administrators decided."
    >
      {requests.length === 0 ? (
        <p className="text-sm text-zinc-600">You have not requested a role in any organization.</p>
      ) : (
        <ul className="divide-y divide-zinc-100" data-testid="my-role-requests">
          {requests.map((r) => (
            <li key={r.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link
                  href={`/o/${r.organization.slug}/requests/${r.id}`}
                  className="font-medium text-zinc-900 underline-offset-2 hover:underline"
                >
                  {r.role.name} in {r.organization.name}
                </Link>
                <StatusBadge status={r.status} />
              </div>
              <p className="text-xs text-zinc-500">
                Requested <DateTime value={r.createdAt} format="full" />
                {r.reviewedAt && r.reviewedBy ? (
                  <>
                    {' '}
                    · decided by {personName(r.reviewedBy)} <DateTime value={r.reviewedAt} format="full" />
                  </>
                ) : null}
              </p>
              {r.note ? (
                <p className="whitespace-pre-wrap rounded-md bg-zinc-50 px-3 py-2 text-sm text-zinc-800">
                  <span className="font-medium">Note: </span>
                  {r.note}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </AccountSection>
  );
}
