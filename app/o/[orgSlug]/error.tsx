'use client';

import { ErrorPanel } from '@/components/ui/error-panel';

// Inside the org shell, so the navigation stays usable.
export default function OrgErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} />;
}
