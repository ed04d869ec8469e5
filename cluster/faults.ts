import { expect } from 'vitest';
import { accessToken, call, peopleCsv, signIn, startImport } from './client';
import { type Cluster, PASSWORD } from './harness';
import type { Instance } from './instances';
import { waitFor } from './instances';

const ROWS = 60_000;

async function importJob(c: Cluster, importId: string) {
  const { rows } = await c.db.query<{ status: string; lockedBy: string | null; processed: number }>(
    `SELECT j.status, j.locked_by AS "lockedBy", i.processed_rows AS processed
       FROM jobs j JOIN imports i ON i.id = j.payload->>'importId'
      WHERE j.queue = 'import' AND j.payload->>'importId' = $1`,
    [importId],
  );
  return rows[0];
}

/** Waits until a worker runs the import, and returns that worker's instance. */
async function runner(c: Cluster, importId: string): Promise<Instance> {
  let found: Instance | undefined;
  await waitFor(
    async () => {
      const job = await importJob(c, importId);
      found = job?.status === 'running' ? c.byWorker(job.lockedBy) : undefined;
      return found !== undefined;
    },
    60_000,
    'a worker to claim the import',
  );
  return found!;
}

async function expectEveryRowOnce(c: Cluster, importId: string, prefix: string) {
  const other = c.instances.find((i) => i.process().exitCode === null && i.process().signalCode === null)!;
  const token = await accessToken(other, 'owner@acme.test', PASSWORD);
  await waitFor(
    async () =>
      (await call(other, 'GET', `/api/v1/organizations/${c.orgId}/imports/${importId}`, { token })).body.status ===
      'completed',
    180_000,
    'the import to complete on the other instance',
  ).catch(async (error) => {
    const state = await c.db.query(
      `SELECT j.status, j.attempts, j.locked_by, j.last_error, i.status AS import, i.processed_rows, i.error
         FROM jobs j JOIN imports i ON i.id = j.payload->>'importId' WHERE i.id = $1`,
      [importId],
    );
    throw new Error(`${(error as Error).message}: ${JSON.stringify(state.rows)}`);
  });
  const imp = await c.db.query(
    `SELECT processed_rows AS p, created_count AS n, failed_count AS f FROM imports WHERE id = $1`,
    [importId],
  );
  expect(imp.rows[0]).toEqual({ p: ROWS, n: ROWS, f: 0 });
  const inv = await c.db.query(
    `SELECT count(*)::int AS n, count(DISTINCT email)::int AS d FROM invitations WHERE email LIKE $1`,
    [`${prefix}-%`],
  );
  expect(inv.rows[0]).toEqual({ n: ROWS, d: ROWS });
  const rows = await c.db.query(
    `SELECT status, count(*)::int AS n FROM import_rows WHERE import_id = $1 GROUP BY status`,
    [importId],
  );
  expect(rows.rows).toEqual([{ status: 'created', n: ROWS }]);
}

async function restart(inst: Instance) {
  await inst.exited();
  await inst.start();
}

export async function killDuringImport(c: Cluster, prefix: string) {
  const token = await accessToken(c.instances[0]!, 'owner@acme.test', PASSWORD);
  const importId = await startImport(c.instances[0]!, token, c.orgId, peopleCsv(prefix, ROWS), false);
  const victim = await runner(c, importId);
  victim.signal('SIGKILL');
  try {
    expect(await victim.exited()).toBeNull();
    expect((await importJob(c, importId))?.processed).toBeLessThan(ROWS);
    await expectEveryRowOnce(c, importId, prefix);
  } finally {
    await restart(victim);
  }
}

export async function restartPostgresUnderLoad(c: Cluster) {
  const token = await accessToken(c.instances[0]!, 'owner@acme.test', PASSWORD);
  const results: { at: number; status: number }[] = [];
  let loading = true;
  const load = Promise.all(
    c.instances.flatMap((inst) =>
      [0, 1].map(async () => {
        while (loading) {
          const at = Date.now();
          const status = await call(inst, 'GET', '/api/v1/me', { token }).then(
            (r) => r.status,
            () => 0,
          );
          results.push({ at, status });
          await new Promise((r) => setTimeout(r, 20));
        }
      }),
    ),
  );
  await waitFor(async () => results.length >= 20, 60_000, 'the load to run');
  expect(results.every((r) => r.status === 200)).toBe(true);
  c.postgres.stop();
  for (const inst of c.instances) {
    const ready = await fetch(`${inst.url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'error', database: 'down' });
    expect((await fetch(`${inst.url}/api/health`)).status).toBe(503);
  }
  await new Promise((r) => setTimeout(r, 2000));
  c.postgres.start();
  await waitFor(
    async () => (await Promise.all(c.instances.map((i) => fetch(`${i.url}/api/ready`)))).every((r) => r.status === 200),
    60_000,
    'both instances to be ready again',
  );
  const recovered = Date.now();
  await new Promise((r) => setTimeout(r, 5000));
  loading = false;
  await load;
  const after = results.filter((r) => r.at >= recovered);
  expect(after.length).toBeGreaterThan(20);
  expect(after.filter((r) => r.status !== 200)).toEqual([]);
  // Work that needs the queue still runs: a sign-in and an import after the restart.
  expect((await signIn(c.instances[1]!, 'owner@acme.test', PASSWORD)).status).toBe(200);
}

export async function sigtermDrains(c: Cluster, prefix: string) {
  const token = await accessToken(c.instances[0]!, 'owner@acme.test', PASSWORD);
  const importId = await startImport(c.instances[0]!, token, c.orgId, peopleCsv(prefix, ROWS), false);
  const target = await runner(c, importId);
  // Requests in flight when the signal comes: sign-ins hash a password (tens of ms each, queued on 2 cores).
  // The signal goes once the first has been answered, when the server has read them all.
  const answeredAt: number[] = [];
  let firstAnswer = () => {};
  const first = new Promise<void>((resolve) => {
    firstAnswer = resolve;
  });
  const inFlight = Array.from({ length: 24 }, () =>
    signIn(target, 'owner@acme.test', PASSWORD).then(
      (r) => {
        answeredAt.push(Date.now());
        firstAnswer();
        return r.status;
      },
      () => 0,
    ),
  );
  await first;
  const signalled = Date.now();
  target.signal('SIGTERM');
  const code = await target.exited();
  const took = Date.now() - signalled;
  expect(await Promise.all(inFlight)).toEqual(Array(24).fill(200));
  // Some were still being answered after the signal: the drain waited for them.
  expect(answeredAt.filter((t) => t > signalled).length).toBeGreaterThan(0);
  expect(code).toBe(0);
  expect(took).toBeLessThan(10_000);
  // The current job ended with the process: finished, or handed back to the queue, never left "running".
  const job = await importJob(c, importId);
  expect(job?.status === 'running' && c.byWorker(job.lockedBy) === target).toBe(false);
  await expectEveryRowOnce(c, importId, prefix);
}
