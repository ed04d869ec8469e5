'use client';

import { useRouter } from 'next/navigation';
import { type ChangeEvent, useRef, useState } from 'react';
import { apiRequest } from '@/components/account/api';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { LOGO_MAX_BYTES } from '@/lib/schemas/organization';
import { AVATAR_TYPES } from '@/lib/schemas/profile';

/** A quick check before uploading; the server decides by the file's content. */
function precheck(file: File): string | undefined {
  if (!(AVATAR_TYPES as readonly string[]).includes(file.type)) return 'Choose a PNG, JPEG or WebP image.';
  if (file.size > LOGO_MAX_BYTES) return 'The image is larger than 2 MB.';
  return undefined;
}

/**
 * The org's logo: upload a new one (PNG, JPEG or WebP up to 2 MB, stored as a PNG of at most
 * 512 px) or remove it after a confirmation. `logoUrl` is the public, versioned URL; the sidebar,
 * switcher, mail and invitation pages show the same one once the page refreshes.
 */
export function LogoForm({
  org,
  logoUrl,
}: {
  org: { id: string; name: string; slug: string };
  logoUrl: string | null;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const path = `/organizations/${org.id}/logo`;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    setDone('');
    const problem = precheck(file);
    if (problem) return setError(problem);
    setPending(true);
    const res = await apiRequest('PUT', path, file);
    setPending(false);
    if (!res.ok) return setError(res.error.fields?.file?.[0] ?? res.error.message);
    setDone('Logo saved.');
    router.refresh();
  }

  async function remove() {
    const res = await apiRequest('DELETE', path);
    if (!res.ok) return { ok: false as const, error: res.error };
    setDone('Logo removed.');
    router.refresh();
    return { ok: true as const };
  }

  return (
    <div className="space-y-3">
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap items-center gap-4">
        {logoUrl ? (
          // biome-ignore lint/performance/noImgElement: our own small, versioned PNG
          <img
            src={logoUrl}
            alt={`${org.name} logo`}
            data-testid="logo-preview"
            className="size-20 rounded-md border border-zinc-200 object-contain"
          />
        ) : (
          <span className="flex size-20 items-center justify-center rounded-md border border-dashed border-zinc-300 text-xs text-zinc-500">
            No logo
          </span>
        )}
        <div className="flex flex-wrap gap-2">
          <input
            ref={input}
            type="file"
            accept={AVATAR_TYPES.join(',')}
            className="sr-only"
            aria-label="Logo image file"
            onChange={(e) => void onFile(e)}
          />
          <Button pending={pending} onClick={() => input.current?.click()}>
            {logoUrl ? 'Replace logo' : 'Upload logo'}
          </Button>
          {logoUrl ? (
            <Button variant="ghost" onClick={() => setConfirming(true)}>
              Remove logo
            </Button>
          ) : null}
        </div>
      </div>
      <p className="text-xs text-zinc-500">
        PNG, JPEG or WebP, up to 2 MB. Shown in the sidebar, the organization switcher, e-mails and invitation pages.
      </p>
      <p role="status" className="text-sm text-zinc-600">
        {done}
      </p>
      <ConfirmDialog
        open={confirming}
        title="Remove the logo?"
        description={`${org.name} (${org.slug}) is shown with its initial instead, in the app and in new e-mails.`}
        confirmLabel="Remove logo"
        onConfirm={remove}
        onClose={() => setConfirming(false)}
      />
    </div>
  );
}
