'use client';

import { useId, useRef, useState } from 'react';
import { Button } from './button';
import { Input } from './input';

/** A secret shown once: read-only, selected on focus, with a Copy button that falls back to "press Ctrl+C". */
export function SecretField({
  label,
  what,
  value,
  describedBy,
}: {
  label: string;
  /** How the messages name it: "key", "secret". */
  what: string;
  value: string;
  describedBy?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      // No clipboard access (permissions, insecure origin): leave it selected for Ctrl+C.
      input.current?.select();
      setCopied('failed');
    }
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
      </label>
      <div className="flex gap-2">
        <Input
          ref={input}
          id={id}
          readOnly
          value={value}
          spellCheck={false}
          className="font-mono text-xs"
          aria-describedby={describedBy}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="primary" onClick={() => void copy()}>
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </Button>
      </div>
      <p role="status" className="text-xs text-zinc-600">
        {copied === 'yes' ? `The ${what} is on your clipboard.` : ''}
        {copied === 'failed' ? `Copying is blocked here: the ${what} is selected, press Ctrl+C (⌘C) to copy it.` : ''}
      </p>
    </div>
  );
}
