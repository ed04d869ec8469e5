'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { acceptInvitationRequest, GONE } from './accept-request';

/** An existing, signed-in user joins with one click; the session cookie says who they are. */
export function JoinButton({ token, org }: { token: string; org: { name: string; slug: string } }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<{ message: string; member: boolean }>();

  async function join() {
    setPending(true);
    setError(undefined);
    const result = await acceptInvitationRequest({ token });
    if (result.ok) {
      // A full navigation, so the org's pages render with the new membership.
      window.location.assign(`/o/${result.data.organization.slug}/onboarding`);
      return;
    }
    setError({ message: result.status === 404 ? GONE : result.error.message, member: result.status === 409 });
    setPending(false);
  }

  return (
    <div className="space-y-4">
      {error ? (
        <Alert>
          {error.message}{' '}
          {error.member ? (
            <Link href={`/o/${org.slug}`} className="font-medium underline">
              Open {org.name}
            </Link>
          ) : null}
        </Alert>
      ) : null}
      <Button variant="primary" className="w-full" pending={pending} onClick={() => void join()}>
        Join {org.name}
      </Button>
    </div>
  );
}
