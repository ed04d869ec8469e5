'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import {
  deleteSsoConnectionAction,
  testSsoConnectionAction,
  updateSsoConnectionAction,
} from '@/app/o/[orgSlug]/settings/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Badge, OnOffBadge } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DateTime } from '@/components/ui/date-time';
import { Facts, Panel } from '@/components/ui/panel';
import { SecretField } from '@/components/ui/secret-field';
import type { SsoConnection, SsoConnectionCheck } from '@/lib/schemas/sso-connection';
import { EditConnectionForm } from './edit-connection-form';
import type { RoleChoice } from './sso-view';

const never = <span className="text-zinc-500">Never</span>;

/** One identity provider: what to register at it, how it is doing, and what an admin can do with it. */
export function ConnectionCard({
  orgSlug,
  connection: c,
  roles,
}: {
  orgSlug: string;
  connection: SsoConnection;
  roles: RoleChoice[];
}) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState<'test' | 'toggle' | null>(null);
  const [check, setCheck] = useState<SsoConnectionCheck>();
  const [error, setError] = useState<string>();
  const role = roles.find((r) => r.id === c.defaultRoleId)?.name ?? 'Member';
  const trySignIn = `/api/sso/start?connection=${c.id}&callbackUrl=${encodeURIComponent(`/o/${orgSlug}/settings/sso`)}`;

  async function test() {
    setBusy('test');
    setError(undefined);
    const result = await testSsoConnectionAction(orgSlug, c.id);
    setBusy(null);
    if (result.ok) setCheck(result.data);
    else setError(result.error.message);
  }
  async function toggle() {
    setBusy('toggle');
    setError(undefined);
    const result = await updateSsoConnectionAction(orgSlug, c.id, { enabled: !c.enabled });
    setBusy(null);
    if (!result.ok) setError(result.error.message);
    router.refresh();
  }

  return (
    <Panel id={`sso-${c.id}`} title={c.name}>
      <div className="mb-3 flex flex-wrap gap-2">
        <Badge tone="info">{c.type === 'oidc' ? 'OpenID Connect' : 'SAML 2.0'}</Badge>
        <OnOffBadge on={c.enabled} />
      </div>
      <Facts
        facts={[
          ...(c.type === 'oidc'
            ? ([
                ['Issuer', c.issuer ?? ''],
                ['Client ID', c.clientId ?? ''],
              ] as [string, string][])
            : ([['IdP entity ID', c.idpEntityId ?? '']] as [string, string][])),
          ['New people get', role],
          ['Last sign-in', c.lastSignInAt ? <DateTime key="last" value={c.lastSignInAt} format="full" /> : never],
        ]}
      />
      <div className="mt-4 grid gap-3 md:grid-cols-2">
        <SecretField label={c.type === 'oidc' ? 'Redirect URI' : 'ACS URL'} what="URL" value={c.redirectUri} />
        {c.type === 'saml' && c.spEntityId ? (
          <SecretField label="SP entity ID and metadata URL" what="URL" value={c.spEntityId} />
        ) : null}
      </div>
      {c.lastError ? (
        <Alert title="Last failed sign-in" className="mt-3">
          {c.lastError} {c.lastErrorAt ? <DateTime value={c.lastErrorAt} format="full" /> : null}
        </Alert>
      ) : null}
      {check ? (
        <ul aria-label="Check results" className="mt-3 space-y-1 text-sm">
          {check.checks.map((k) => (
            <li key={k.name} className={k.ok ? 'text-emerald-800' : 'text-red-700'}>
              {k.ok ? '✓' : '✗'} {k.name}: {k.detail}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <Alert className="mt-3">{error}</Alert> : null}
      {editing ? (
        <EditConnectionForm orgSlug={orgSlug} connection={c} roles={roles} onDone={() => setEditing(false)} />
      ) : (
        <div className="mt-4 flex flex-wrap gap-2">
          <Button onClick={() => void test()} pending={busy === 'test'}>
            Check
          </Button>
          <a href={trySignIn} target="_blank" rel="noopener" className={buttonClasses('secondary')}>
            Try signing in
          </a>
          <Button onClick={() => setEditing(true)}>Edit</Button>
          <Button onClick={() => void toggle()} pending={busy === 'toggle'}>
            {c.enabled ? 'Disable' : 'Enable'}
          </Button>
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={deleting}
        title="Delete connection"
        description={<p>People can no longer sign in through {c.name}. Accounts and memberships it created stay.</p>}
        confirmLabel="Delete connection"
        onConfirm={() => deleteSsoConnectionAction(orgSlug, c.id)}
        onClose={() => setDeleting(false)}
      />
    </Panel>
  );
}
