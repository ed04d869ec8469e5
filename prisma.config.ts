import { defineConfig } from 'prisma/config';

// Runtime queries go through the node-postgres driver adapter (lib/server/db.ts);
// migrations are applied by scripts/migrate.ts, so the CLI only generates the client.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/unused' },
});
