import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseShape, diffShapes, schemaShape } from './schema-drift';

let client: pg.Client;
let datamodel: string;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  datamodel = await readFile('prisma/schema.prisma', 'utf8');
});
afterAll(() => client.end());

describe('schema.prisma and the migrated database', () => {
  it('agree on tables, columns, nullability and unique constraints', async () => {
    const diff = diffShapes(await schemaShape(datamodel), await databaseShape(client));
    expect(diff).toEqual([]);
  });

  it('would notice a column, a nullability, a unique constraint or a model that differs', async () => {
    const changed = datamodel
      .replace('  phone         String?', '  phone         String\n  nickname      String?')
      .replace('slug                 String    @unique', 'slug                 String')
      .concat('\nmodel Extra {\n  id String @id\n  @@map("extras")\n}\n');
    const diff = diffShapes(await schemaShape(changed), await databaseShape(client));
    expect(diff.sort()).toEqual([
      'column users.nickname is in schema.prisma but not in the database',
      'column users.phone: schema says NOT NULL, database disagrees',
      'table extras is in schema.prisma but not in the database',
      'unique extras(id) is in schema.prisma only',
      'unique organizations(slug) is in the database only',
    ]);
  });
});
