import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BenchRows } from './import.data';

/**
 * The physical limit: a plain COPY of the file's rows into a scratch table
 * with the columns and every index of `invitations` (where the imported people
 * go): primary key, unique token hash, (org, e-mail) and one pending per e-mail.
 */
export async function copyBaseline(client: pg.Client, orgId: string, roleId: string, data: BenchRows) {
  await client.query('DROP TABLE IF EXISTS bench_copy');
  await client.query('CREATE TABLE bench_copy (LIKE invitations INCLUDING ALL)');
  const expires = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const esc = (v: string) => `"${v.replace(/"/g, '""')}"`;
  function* lines() {
    let i = 0;
    for (const r of data.rows) {
      i += 1;
      const id = `c${i}-${Math.random().toString(36).slice(2)}`;
      const hash = `${i.toString(16).padStart(16, '0')}${Math.random().toString(16).slice(2)}`;
      yield `${[id, orgId, esc(r[0]!), roleId, esc(r[1]!), esc(r[2]!), hash, 'pending', expires, expires].join(',')}\n`;
    }
  }
  const started = performance.now();
  await client.query('BEGIN');
  const stream = client.query(
    copyFrom(
      `COPY bench_copy (id, organization_id, email, role_id, first_name, last_name, token_hash, status, expires_at,
                        updated_at) FROM STDIN WITH (FORMAT csv)`,
    ),
  );
  await pipeline(Readable.from(lines()), stream);
  await client.query('COMMIT');
  const seconds = (performance.now() - started) / 1000;
  await client.query('DROP TABLE bench_copy');
  return seconds;
}
