import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Run by lib/server/db-guard.int.test.ts, on the database of the run that starts it (DATABASE_URL):
// a test that breaks the connection rule but swallows the error must still fail.
const root = fileURLToPath(new URL('../../..', import.meta.url));
export default defineConfig({
  root,
  resolve: { alias: { '@/': root, 'server-only': `${root}lib/test/empty.ts` } },
  test: { include: ['lib/test/guard-fixture/*.fixture.ts'], setupFiles: ['lib/test/setup-int.ts'] },
});
