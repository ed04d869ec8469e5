'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main>
      <ErrorPanel error={error} retry={retry} />
    </main>
  );
}
