import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = {
  '@/': root,
  // 'server-only' throws outside React Server Components; tests import server code directly.
  'server-only': fileURLToPath(new URL('./lib/test/empty.ts', import.meta.url)),
  // Server actions read the request through next/headers: tests play the request (lib/test/next-headers.ts).
  'next/headers': fileURLToPath(new URL('./lib/test/next-headers.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['{lib,app,components,scripts}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['{lib,app,scripts}/**/*.int.test.ts'],
          // On the embedded database (TEST_DB=embedded) the file that starts embedded databases of its own is left out.
          exclude: ['node_modules/**', ...(process.env.TEST_DB === 'embedded' ? ['lib/db/embedded.int.test.ts'] : [])],
          environment: 'node',
          globalSetup: ['lib/test/global-setup.ts'],
          setupFiles: ['lib/test/setup-int.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // npm run test:cluster: two production servers on the existing build (cluster/harness.ts).
          name: 'cluster',
          include: ['cluster/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
