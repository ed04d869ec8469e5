'use client';

import Link from 'next/link';
import { useState } from 'react';
import { apiRequest } from '@/components/account/api';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { SuggestedOrganization } from '@/lib/schemas/domain-join';

/** One "Join" per suggested org (POST /api/v1/me/suggested-organizations/{orgId}/join), and a way on without. */
export function SuggestedOrgs({ orgs, continueHref }: { orgs: SuggestedOrganization[]; continueHref: string }) {
  const [joining, setJoining] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function join(org: SuggestedOrganization) {
    setJoining(org.orgId);
    setError(null);
    const result = await apiRequest<SuggestedOrganization>('POST', `/me/suggested-organizations/${org.orgId}/join`);
    if (!result.ok) {
      setJoining(null);
      setError(
        result.status === 404
          ? `${org.name} is no longer open to join this way. Reload the page.`
          : result.error.message,
      );
      return;
    }
    // A full navigation, so the shell renders with the new membership.
    window.location.assign(`/o/${result.data.slug}`);
  }

  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <ul aria-label="Suggested organizations" className="divide-y divide-zinc-100 rounded-lg border border-zinc-200">
        {orgs.map((org) => (
          <li key={org.orgId} className="flex items-center justify-between gap-3 px-3 py-2.5">
            <span className="font-medium text-zinc-900">{org.name}</span>
            <Button
              variant="primary"
              size="sm"
              pending={joining === org.orgId}
              disabled={joining !== null}
              aria-label={`Join ${org.name}`}
              onClick={() => void join(org)}
            >
              {joining === org.orgId ? 'Joining…' : 'Join'}
            </Button>
          </li>
        ))}
      </ul>
      <Link href={continueHref} className="block text-center text-sm font-medium text-indigo-700 hover:underline">
        Continue without joining
      </Link>
    </div>
  );
}
