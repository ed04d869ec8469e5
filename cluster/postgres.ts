import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/**
 * A PostgreSQL server of the cluster test's own (initdb + pg_ctl from /usr/lib/postgresql/<v>/bin), on a
 * loopback port, with its data in a temporary directory: the test stops and starts it, and the rest of the
 * suite (on 127.0.0.1:5432) is undisturbed. As root the server runs as the `postgres` user.
 */
export function ownPostgres(port: number) {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  const bin = path.join('/usr/lib/postgresql', versions[0]!, 'bin');
  const root = mkdtempSync(path.join(tmpdir(), 'portal-cluster-pg-'));
  const data = path.join(root, 'data');
  const asRoot = userInfo().uid === 0;
  const owner = asRoot ? Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) : undefined;
  if (asRoot) {
    chmodSync(root, 0o755);
    chownSync(root, owner!, Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  }
  const run = (tool: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : path.join(bin, tool),
      asRoot ? ['-u', 'postgres', '--', path.join(bin, tool), ...args] : args,
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        cwd: root,
      },
    );
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${root} -c fsync=off -c max_connections=60`;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    init() {
      run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-instructions']);
    },
    start() {
      run('pg_ctl', ['-D', data, '-o', options, '-l', path.join(root, 'server.log'), '-w', '-t', '60', 'start']);
    },
    /** Fast shutdown: open connections are ended, as in a crash or a failover. */
    stop() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    destroy() {
      if (existsSync(path.join(data, 'postmaster.pid'))) {
        try {
          run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } catch {}
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
