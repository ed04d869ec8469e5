'use client';

import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import type { CreatedKey } from './create-api-key-dialog';
import { CurlExample } from './curl-example';

/** Shows a new key's secret, the one time it exists outside the caller's hands. */
export function SecretDialog({
  apiKey,
  apiUrl,
  onClose,
}: {
  apiKey: CreatedKey | null;
  apiUrl: string;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={apiKey !== null}
      onClose={onClose}
      title="Copy your new API key"
      className="max-w-lg"
      description={apiKey ? <p>The key “{apiKey.name}” was created.</p> : undefined}
    >
      {apiKey ? <Secret apiKey={apiKey} apiUrl={apiUrl} onDone={onClose} /> : null}
    </Dialog>
  );
}

function Secret({ apiKey, apiUrl, onDone }: { apiKey: CreatedKey; apiUrl: string; onDone: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(apiKey.key);
      setCopied('yes');
    } catch {
      // No clipboard access (permissions, insecure origin): leave it selected for Ctrl+C.
      input.current?.select();
      setCopied('failed');
    }
  }

  return (
    <div className="space-y-4">
      <div
        role="note"
        className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        id={`${id}-warning`}
      >
        <p className="font-semibold">This is the only time the key is shown.</p>
        <p>
          Copy it now and store it somewhere safe, such as your system&apos;s secret store. It cannot be shown again; if
          you lose it, revoke it and create a new one.
        </p>
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${id}-key`} className="block text-sm font-medium text-zinc-800">
          API key
        </label>
        <div className="flex gap-2">
          <Input
            ref={input}
            id={`${id}-key`}
            readOnly
            value={apiKey.key}
            spellCheck={false}
            className="font-mono text-xs"
            aria-describedby={`${id}-warning`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button variant="primary" onClick={() => void copy()}>
            {copied === 'yes' ? 'Copied' : 'Copy'}
          </Button>
        </div>
        <p role="status" className="text-xs text-zinc-600">
          {copied === 'yes' ? 'The key is on your clipboard.' : ''}
          {copied === 'failed' ? 'Copying is blocked here: the key is selected, press Ctrl+C (⌘C) to copy it.' : ''}
        </p>
      </div>
      <div className="space-y-1.5">
        <p className="text-sm text-zinc-700">Try it:</p>
        <CurlExample apiUrl={apiUrl} apiKey={apiKey.key} />
      </div>
      <DialogActions>
        <Button onClick={onDone}>Done</Button>
      </DialogActions>
    </div>
  );
}
