// Fails a browser-test run whose production server logged what must never be logged:
//   tsx scripts/check-server-log.ts <log file> [what ran]
// scripts/test.mjs captures the server's stdout and stderr during the e2e runs and calls this.
import { readFileSync } from 'node:fs';

export interface LogRule {
  what: string;
  matches: (line: string) => boolean;
}

export const rules: LogRule[] = [
  {
    what: "pg's deprecation warning: a query started on a connection still running one (pg 9 refuses it)",
    matches: (line) => line.includes('client.query() when the client is already executing a query'),
  },
  {
    // lib/server/errors.ts logs every unexpected error (the 500s) with this prefix.
    what: 'an internal error, answered 500',
    matches: (line) => line.includes('[internal error]'),
  },
  {
    // lib/server/db-guard.ts, with a pool of more than one: a connection rule broken in production.
    what: 'a broken connection rule (lib/server/db-guard.ts)',
    matches: (line) => line.includes('[db] '),
  },
];

export interface LogProblem {
  what: string;
  /** 1-based line number in the log. */
  line: number;
  /** The line and the few after it (an error's stack). */
  excerpt: string;
}

export function findProblems(log: string, context = 8): LogProblem[] {
  const lines = log.split('\n');
  const problems: LogProblem[] = [];
  lines.forEach((text, i) => {
    const rule = rules.find((r) => r.matches(text));
    if (rule) problems.push({ what: rule.what, line: i + 1, excerpt: lines.slice(i, i + context).join('\n') });
  });
  return problems;
}

function main(file: string, label = 'the server') {
  const problems = findProblems(readFileSync(file, 'utf8'));
  if (problems.length === 0) {
    console.log(`Server log of ${label} (${file}): none of the forbidden lines.`);
    return;
  }
  console.error(`\nServer log of ${label} (${file}) has ${problems.length} forbidden line(s):`);
  for (const p of problems) console.error(`\n--- line ${p.line}: ${p.what}\n${p.excerpt}`);
  process.exit(1);
}

if (process.argv[1]?.endsWith('check-server-log.ts')) main(process.argv[2] ?? '', process.argv[3]);
