import type { ReactNode } from 'react';
import { ActiveBadge, OnOffBadge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import type { Member } from '@/lib/schemas/member';

const none = <span className="text-zinc-500">—</span>;

/** The member's profile as a description list. */
export function MemberFacts({ member }: { member: Member }) {
  const rows: [string, ReactNode][] = [
    ['E-mail', member.email],
    ['Role', member.role.name],
    ['Department', member.department?.name ?? none],
    ['Status', <ActiveBadge key="s" status={member.status} />],
    ['Two-factor', <OnOffBadge key="m" on={member.mfaEnabled} />],
    ['Job title', member.jobTitle ?? none],
    ['Phone', member.phone ?? none],
    ['Country', member.country ?? none],
    ['Invited by', member.invitedBy ? `${member.invitedBy.name} (${member.invitedBy.email})` : none],
    ['Joined', <DateTime key="j" value={member.joinedAt} />],
    ['Last sign-in', member.lastLoginAt ? <DateTime key="l" value={member.lastLoginAt} format="full" /> : 'Never'],
    ['Last seen', member.lastSeenAt ? <DateTime key="s2" value={member.lastSeenAt} format="full" /> : 'Never'],
  ];
  return (
    <section aria-labelledby="profile" className="rounded-lg border border-zinc-200 bg-white p-4">
      <h2 id="profile" className="mb-3 text-base font-semibold">
        Profile
      </h2>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-zinc-500">{label}</dt>
            <dd className="text-zinc-900">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
