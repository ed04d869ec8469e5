'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** A new set of recovery codes, shown this once, with copy and download. */
export function NewRecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = `${codes.join('\n')}\n`;

  async function copy() {
    await navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="recovery-codes">
      <p className="font-medium text-amber-900">Save your recovery codes now</p>
      <p className="text-sm text-amber-900">
        Each code signs you in once if you lose your phone or passkey. They are shown only this once; any earlier codes
        no longer work.
      </p>
      <ol className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm text-zinc-900" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={() => void copy()}>
          Copy
        </Button>
        <Button size="sm" onClick={download}>
          Download
        </Button>
        <Button size="sm" variant="primary" onClick={onDone}>
          I saved them
        </Button>
        <span role="status" className="text-sm text-amber-900">
          {copied ? 'Copied.' : ''}
        </span>
      </div>
    </div>
  );
}

export function RecoveryCodesNote({ left }: { left: number }) {
  if (left > 2) return <p className="text-sm text-zinc-600">{left} of 10 recovery codes left.</p>;
  return (
    <Alert>
      {left === 0 ? 'No recovery codes left.' : `Only ${left} recovery code${left === 1 ? '' : 's'} left.`} Make new
      ones so that you can still get in without your phone or passkey.
    </Alert>
  );
}
