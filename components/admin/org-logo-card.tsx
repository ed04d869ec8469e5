'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** Upload or remove the org's logo through the API (PNG, JPEG or WebP, at most 2 MB; checked by the server). */
export function OrgLogoCard({ orgId, logoUrl, version }: { orgId: string; logoUrl: string | null; version: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const url = `/api/v1/organizations/${orgId}/logo`;

  async function send(init: RequestInit) {
    setPending(true);
    setError(undefined);
    const res = await fetch(url, init);
    setPending(false);
    if (!res.ok) {
      const body = await res.json().catch(() => null);
      setError(body?.error?.message ?? 'The logo could not be saved');
      return;
    }
    router.refresh();
  }

  return (
    <section
      aria-labelledby="logo-title"
      className="space-y-3 rounded-lg border border-zinc-200 bg-white p-5 shadow-sm"
    >
      <h2 id="logo-title" className="font-semibold text-zinc-900">
        Logo
      </h2>
      {logoUrl ? (
        // biome-ignore lint/performance/noImgElement: a private, cookie-authenticated image
        <img
          src={`${logoUrl}?v=${version}`}
          alt="Organization logo"
          className="size-20 rounded border object-contain"
        />
      ) : (
        <p className="text-sm text-zinc-600">No logo yet.</p>
      )}
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-sm font-medium text-zinc-800">
          <span className="sr-only">Upload a logo (PNG, JPEG or WebP, at most 2 MB)</span>
          <input
            type="file"
            accept="image/png,image/jpeg,image/webp"
            disabled={pending}
            className="text-sm"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void send({ method: 'PUT', body: file, headers: { 'content-type': file.type || 'image/png' } });
            }}
          />
        </label>
        {logoUrl ? (
          <Button size="sm" variant="ghost" pending={pending} onClick={() => void send({ method: 'DELETE' })}>
            Remove logo
          </Button>
        ) : null}
      </div>
      <p className="text-xs text-zinc-500">PNG, JPEG or WebP, at most 2 MB.</p>
    </section>
  );
}
