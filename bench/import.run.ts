import { randomUUID } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { request } from 'node:http';
import type pg from 'pg';
import type { BenchRows } from './import.data';
import { treeRssMb } from './import.server';

export interface Target {
  label: string;
  file: string;
  type: 'csv' | 'xlsx';
  data: BenchRows;
}

interface Latency {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export interface Run {
  label: string;
  rows: number;
  seconds: number;
  idleRssMb: number;
  peakRssMb: number;
  copySeconds: number;
  counts: string;
  latency: Record<string, Latency>;
}

interface Progress {
  status: string;
  totalRows: number;
  processedRows: number;
  counts: { created: number; added: number; alreadyMember: number; failed: number };
}

/** Existing members of the org for the file's "existing member" rows, inserted set-based. */
export async function seedMembers(client: pg.Client, orgId: string, roleId: string, emails: string[]) {
  await client.query(
    `WITH u AS (
       INSERT INTO users (id, email, first_name, last_name, status, updated_at)
       SELECT 'bench-' || md5(e), e, 'Existing', 'Member', 'active', now() FROM unnest($1::text[]) e
       RETURNING id)
     INSERT INTO memberships (id, organization_id, user_id, role_id, status, updated_at)
     SELECT 'bm-' || u.id, $2, u.id, $3, 'active', now() FROM u`,
    [emails, orgId, roleId],
  );
}

/** Waits until no job is queued or running (the previous run's e-mail batches), so runs do not overlap. */
export async function waitForIdle(client: pg.Client) {
  for (;;) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM jobs WHERE status IN ('queued', 'running') AND run_at <= now()`,
    );
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** POST the file as multipart/form-data, streamed from disk, as a browser would. */
function upload(baseUrl: string, orgId: string, token: string, target: Target): Promise<{ id: string }> {
  const boundary = `----bench${randomUUID()}`;
  const name = target.file.split('/').pop()!;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const size = statSync(target.file).size;
  return new Promise((resolve, reject) => {
    const req = request(
      `${baseUrl}/api/v1/organizations/${orgId}/imports`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + size + tail.length,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () =>
          res.statusCode === 202 ? resolve(JSON.parse(body)) : reject(new Error(`upload: ${res.statusCode} ${body}`)),
        );
      },
    );
    req.on('error', reject);
    req.write(head);
    const file = createReadStream(target.file);
    file.on('end', () => req.end(tail));
    file.pipe(req, { end: false });
  });
}

function percentiles(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0, n: sorted.length };
}

/** Times the requests a person would make while the import runs: the API and a page. */
function probe(baseUrl: string, token: string) {
  const samples: Record<string, number[]> = { 'GET /api/health': [], 'GET /api/v1/me': [], 'GET /signin (page)': [] };
  const targets: [string, string, Record<string, string>][] = [
    ['GET /api/health', '/api/health', {}],
    ['GET /api/v1/me', '/api/v1/me', { authorization: `Bearer ${token}` }],
    ['GET /signin (page)', '/signin', {}],
  ];
  let stop = false;
  const loop = (async () => {
    for (let i = 0; !stop; i++) {
      const [name, path, headers] = targets[i % targets.length]!;
      const started = performance.now();
      try {
        const res = await fetch(`${baseUrl}${path}`, { headers });
        await res.arrayBuffer();
        if (res.ok) samples[name]!.push(performance.now() - started);
      } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return async () => {
    stop = true;
    await loop;
    return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, percentiles(v)]));
  };
}

/**
 * One import through HTTP: upload, then poll GET …/imports/{id} every 100 ms until it is done,
 * sampling the server's RSS (its whole process tree) every 50 ms and timing other requests meanwhile.
 */
export async function runImport(opts: {
  baseUrl: string;
  orgId: string;
  token: string;
  target: Target;
  pid: number;
  stopWhen?: (p: Progress) => Promise<boolean>;
}): Promise<Run & { importId: string }> {
  const { baseUrl, orgId, token, target, pid } = opts;
  const idleSamples: number[] = [];
  for (let i = 0; i < 10; i++) {
    idleSamples.push(treeRssMb(pid));
    await new Promise((r) => setTimeout(r, 50));
  }
  const idleRssMb = Math.max(...idleSamples);
  let peakRssMb = idleRssMb;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, treeRssMb(pid));
  }, 50);
  const stopProbe = probe(baseUrl, token);
  const started = performance.now();
  let progress: Progress | null = null;
  let importId = '';
  try {
    importId = (await upload(baseUrl, orgId, token, target)).id;
    for (;;) {
      const res = await fetch(`${baseUrl}/api/v1/organizations/${orgId}/imports/${importId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      progress = (await res.json()) as Progress;
      if (progress.status === 'completed' || progress.status === 'failed') break;
      if (opts.stopWhen && (await opts.stopWhen(progress))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  const latency = await stopProbe();
  const c = progress!.counts;
  return {
    importId,
    label: target.label,
    rows: target.data.rows.length,
    seconds,
    idleRssMb,
    peakRssMb,
    copySeconds: 0,
    counts: `${progress!.status}: ${c.created + c.added}/${c.alreadyMember}/${c.failed}`,
    latency,
  };
}
