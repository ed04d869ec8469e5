'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { apiRequest } from '@/components/account/api';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import { type CreatedShareLink, type ShareLink, shareExpiryChoices } from '@/lib/schemas/share-link';

const statusLabel = { active: 'Active', expired: 'Expired', revoked: 'Revoked' } as const;

/** Create (with an expiry), copy, list and revoke read-only links to your profile card. */
export function ShareLinksPanel({ links, orgs }: { links: ShareLink[]; orgs: { id: string; name: string }[] }) {
  const router = useRouter();
  const [hours, setHours] = useState<number>(shareExpiryChoices[2].hours);
  const [orgId, setOrgId] = useState(orgs[0]?.id ?? '');
  const [created, setCreated] = useState<CreatedShareLink>();
  const [copied, setCopied] = useState(false);
  const [pending, setPending] = useState<string>();
  const [error, setError] = useState<string>();

  async function create() {
    setPending('create');
    setError(undefined);
    setCopied(false);
    const res = await apiRequest<CreatedShareLink>('POST', '/me/share-links', {
      expiresInHours: hours,
      ...(orgId ? { organizationId: orgId } : {}),
    });
    setPending(undefined);
    if (!res.ok) return setError(res.error.message);
    setCreated(res.data);
    router.refresh();
  }

  async function revoke(id: string) {
    setPending(id);
    setError(undefined);
    const res = await apiRequest('DELETE', `/me/share-links/${encodeURIComponent(id)}`);
    setPending(undefined);
    if (!res.ok) setError(res.error.message);
    if (created?.id === id) setCreated(undefined);
    router.refresh();
  }

  async function copy(url: string) {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(true);
  }

  if (orgs.length === 0) {
    return <p className="text-zinc-600">Join an organization to share your profile card.</p>;
  }
  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-40">
          <Field id="share-expiry" label="Link expires after">
            <Select id="share-expiry" value={hours} onChange={(e) => setHours(Number(e.target.value))}>
              {shareExpiryChoices.map((c) => (
                <option key={c.hours} value={c.hours}>
                  {c.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        {orgs.length > 1 ? (
          <div className="w-48">
            <Field id="share-org" label="Organization card">
              <Select id="share-org" value={orgId} onChange={(e) => setOrgId(e.target.value)}>
                {orgs.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        ) : null}
        <Button variant="primary" pending={pending === 'create'} disabled={!!pending} onClick={() => void create()}>
          Create link
        </Button>
      </div>
      {created ? (
        <Alert tone="info" title="Your new link (shown only now)">
          <div className="mt-2 flex gap-2">
            <Input aria-label="Share link URL" readOnly value={created.url} onFocus={(e) => e.target.select()} />
            <Button size="md" onClick={() => void copy(created.url)}>
              {copied ? 'Copied' : 'Copy'}
            </Button>
          </div>
        </Alert>
      ) : null}
      {links.length === 0 ? (
        <p className="text-zinc-600">You have not shared your profile yet.</p>
      ) : (
        <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200" aria-label="Your share links">
          {links.map((link) => (
            <li key={link.id} className="flex items-center justify-between gap-3 px-4 py-3">
              <div className="min-w-0 text-sm">
                <p className="font-medium text-zinc-900">
                  {link.organization.name}{' '}
                  <span className="ml-1 rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-normal text-zinc-700">
                    {statusLabel[link.status]}
                  </span>
                </p>
                <p className="text-xs text-zinc-500">
                  Created <DateTime value={link.createdAt} format="full" /> · expires{' '}
                  <DateTime value={link.expiresAt} format="full" />
                  {link.lastViewedAt ? (
                    <>
                      {' '}
                      · last viewed <DateTime value={link.lastViewedAt} format="full" />
                    </>
                  ) : null}
                </p>
              </div>
              {link.status === 'active' ? (
                <Button
                  size="sm"
                  variant="secondary"
                  pending={pending === link.id}
                  disabled={!!pending}
                  onClick={() => void revoke(link.id)}
                >
                  Revoke
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
