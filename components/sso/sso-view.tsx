'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import type { SsoConnection } from '@/lib/schemas/sso-connection';
import { AddConnectionForm } from './add-connection-form';
import { ConnectionCard } from './connection-card';

export interface RoleChoice {
  id: string;
  name: string;
}

/** Settings › Single sign-on: the org's identity providers (docs/decisions/020). */
export function SsoView({
  orgSlug,
  connections,
  roles,
}: {
  orgSlug: string;
  connections: SsoConnection[];
  roles: RoleChoice[];
}) {
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="sso-title" className="space-y-4">
      <div className="flex items-start justify-between gap-4">
        <div className="space-y-1">
          <h2 id="sso-title" className="text-base font-semibold text-zinc-900">
            Single sign-on
          </h2>
          <p className="text-zinc-600">
            People sign in through your identity provider with “Continue with SSO”. Someone new is created at their
            first sign-in; an existing account is linked only when its e-mail is on a domain you have verified
            (Domains).
          </p>
        </div>
        {adding ? null : (
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add connection
          </Button>
        )}
      </div>
      {adding ? <AddConnectionForm orgSlug={orgSlug} roles={roles} onDone={() => setAdding(false)} /> : null}
      {connections.length === 0 && !adding ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            title="No identity providers yet"
            description="Add an OpenID Connect or SAML connection to start."
          />
        </div>
      ) : (
        <ul aria-label="Connections" className="space-y-4">
          {connections.map((c) => (
            <li key={c.id}>
              <ConnectionCard orgSlug={orgSlug} connection={c} roles={roles} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
