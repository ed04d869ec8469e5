'use client';

import { useEffect } from 'react';
import { Button } from './button';

/** The body of an error.tsx boundary: a plain apology, the log reference and a retry. */
export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
  return (
    <div className="flex min-h-[50dvh] flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-semibold tracking-tight text-zinc-900">Something went wrong</h1>
      <p className="max-w-sm text-zinc-600">The page could not be shown. Try again in a moment.</p>
      {digest ? <p className="font-mono text-xs text-zinc-500">Reference: {digest}</p> : null}
      <Button variant="primary" className="mt-2" onClick={() => retry()}>
        Try again
      </Button>
    </div>
  );
}
