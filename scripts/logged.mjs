// Runs a command with its stdout and stderr copied into a log file as well:
//   node scripts/logged.mjs <log file> <command> [args...]
// The browser tests run the production server through it, so that scripts/check-server-log.ts can
// read what the server logged (playwright.config.ts, scripts/test.mjs).
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

const [file, command, ...args] = process.argv.slice(2);
if (!file || !command) {
  console.error('usage: node scripts/logged.mjs <log file> <command> [args...]');
  process.exit(2);
}
const log = createWriteStream(file, { flags: 'a' });
const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'] });
child.stdout.on('data', (chunk) => {
  log.write(chunk);
  process.stdout.write(chunk);
});
child.stderr.on('data', (chunk) => {
  log.write(chunk);
  process.stderr.write(chunk);
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => log.end(() => process.exit(code ?? (signal ? 1 : 0))));
