'use client';

import { useRouter } from 'next/navigation';
import { type ChangeEvent, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { AVATAR_MAX_BYTES, AVATAR_TYPES } from '@/lib/schemas/profile';
import { apiRequest } from './api';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** A quick check before uploading; the server decides by the file's content. */
function precheck(file: File): string | undefined {
  if (!(AVATAR_TYPES as readonly string[]).includes(file.type)) return 'Choose a JPEG, PNG or WebP image.';
  if (file.size > AVATAR_MAX_BYTES) return 'The image is larger than 3 MB.';
  return undefined;
}

/** The caller's avatar (or initials): upload a new one, or remove it after a confirmation. */
export function AvatarForm({ avatarUrl, name }: { avatarUrl: string | null; name: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(avatarUrl);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(undefined);
    const problem = precheck(file);
    if (problem) return setError(problem);
    setPending(true);
    const res = await apiRequest<{ avatarUrl: string }>('PUT', '/me/avatar', file);
    setPending(false);
    if (!res.ok) return setError(res.error.fields?.file?.[0] ?? res.error.message);
    setUrl(res.data.avatarUrl);
    router.refresh();
  }

  async function remove() {
    setPending(true);
    const res = await apiRequest('DELETE', '/me/avatar');
    setPending(false);
    setConfirming(false);
    if (!res.ok) return setError(res.error.message);
    setUrl(null);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex items-center gap-4">
        {url ? (
          // biome-ignore lint/performance/noImgElement: a private, already-resized image served by our API
          <img src={url} alt="Your avatar" data-testid="avatar-image" className="size-16 rounded-full object-cover" />
        ) : (
          <span
            data-testid="avatar-initials"
            aria-hidden="true"
            className="flex size-16 items-center justify-center rounded-full bg-zinc-200 text-lg font-semibold text-zinc-700"
          >
            {initialsOf(name)}
          </span>
        )}
        <div className="flex flex-wrap gap-2">
          <input
            ref={input}
            id="avatar-file"
            type="file"
            accept={AVATAR_TYPES.join(',')}
            className="sr-only"
            aria-label="Avatar image file"
            onChange={(e) => void onFile(e)}
          />
          <Button pending={pending && !confirming} onClick={() => input.current?.click()}>
            {url ? 'Change picture' : 'Upload picture'}
          </Button>
          {url ? (
            <Button variant="ghost" onClick={() => setConfirming(true)}>
              Remove
            </Button>
          ) : null}
        </div>
      </div>
      <p className="text-xs text-zinc-500">JPEG, PNG or WebP, up to 3 MB. It is cropped to a square.</p>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title="Remove your picture?"
        description="Your initials are shown instead."
      >
        <div className="flex justify-end gap-2">
          <Button onClick={() => setConfirming(false)}>Cancel</Button>
          <Button variant="danger" pending={pending} onClick={() => void remove()}>
            Remove picture
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
