import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Instance {
  name: string;
  url: string;
  port: number;
  pid: () => number;
  /** The worker id the job queue records for this process (lib/server/jobs/worker.ts). */
  log: string;
  process: () => ChildProcess;
  start(): Promise<void>;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  exited(): Promise<number | null>;
  signal(signal: NodeJS.Signals): void;
}

async function waitFor(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** One production server (node scripts/server.mjs on the existing build) on a loopback port. */
export function instance(name: string, port: number, env: Record<string, string>): Instance {
  const url = `http://127.0.0.1:${port}`;
  const log = path.join(tmpdir(), `portal-cluster-${name}-${process.pid}.log`);
  let child: ChildProcess | undefined;
  let out: WriteStream | undefined;
  let exit: Promise<number | null> = Promise.resolve(null);
  return {
    name,
    url,
    port,
    log,
    pid: () => child?.pid ?? 0,
    process: () => child!,
    async start() {
      out = createWriteStream(log, { flags: 'a' });
      child = spawn(process.execPath, ['scripts/server.mjs'], {
        env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout!.pipe(out, { end: false });
      child.stderr!.pipe(out, { end: false });
      const c = child;
      exit = new Promise((resolve) => c.once('exit', (code) => resolve(code)));
      await waitFor(
        async () => {
          if (c.exitCode !== null) throw new Error(`${name} exited with ${c.exitCode}; see ${log}`);
          return (await fetch(`${url}/api/health`)).ok;
        },
        120_000,
        `${name} to start`,
      );
    },
    exited: () => exit,
    signal(signal) {
      child?.kill(signal);
    },
  };
}

export { waitFor };
