import type { ReactNode } from 'react';
import { Missing } from '@/components/ui/missing';
import type { Organization } from '@/lib/schemas/organization';

function Value({ children }: { children: string | null }) {
  if (children) return <>{children}</>;
  return <Missing label="Not set" />;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 px-4 py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="font-medium text-zinc-600">{label}</dt>
      <dd className="text-zinc-900 sm:col-span-2">{children}</dd>
    </div>
  );
}

/** The general settings, read-only: for members who may see the profile but not change it. */
export function OrganizationProfile({ organization: org }: { organization: Organization }) {
  const days = org.invitationExpiryDays;
  return (
    <section aria-labelledby="profile-title" className="space-y-3">
      <div className="space-y-1">
        <h2 id="profile-title" className="text-base font-semibold text-zinc-900">
          Organization profile
        </h2>
        <p className="text-zinc-600">Only owners and admins can change these settings.</p>
      </div>
      <dl className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white shadow-sm">
        <Row label="Name">{org.name}</Row>
        <Row label="Slug">
          <span className="font-mono text-xs">{org.slug}</span>
        </Row>
        <Row label="Domain">
          <Value>{org.domain}</Value>
        </Row>
        <Row label="Industry">
          <Value>{org.industry}</Value>
        </Row>
        <Row label="Location">
          <Value>{org.location}</Value>
        </Row>
        <Row label="Website">
          {org.website ? (
            <a href={org.website} rel="noopener noreferrer" className="text-indigo-700 underline">
              {org.website}
            </a>
          ) : (
            <Value>{null}</Value>
          )}
        </Row>
        <Row label="Invitation links expire after">
          {days} {days === 1 ? 'day' : 'days'}
        </Row>
        <Row label="Members">{org.memberCount}</Row>
        <Row label="Two-factor authentication">{org.requireMfa ? 'Required of every member' : 'Not required'}</Row>
      </dl>
    </section>
  );
}
