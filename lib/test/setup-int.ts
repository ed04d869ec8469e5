import { afterEach } from 'vitest';
import { takeDbGuardViolations } from '@/lib/server/db-guard';

// A breach of the connection rules fails the test in which it happened, even when the code under
// test caught the error (lib/server/db-guard.ts).
afterEach(() => {
  const violations = takeDbGuardViolations();
  if (violations.length) throw new Error(`Connection rules broken (lib/server/db-guard.ts):\n${violations.join('\n')}`);
});
