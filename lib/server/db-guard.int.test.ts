import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { makeTeam } from '@/lib/test/factories';
import { db, queryRows } from './db';
import { DbGuardError, takeDbGuardViolations } from './db-guard';

const file = 'lib/server/db-guard.int.test.ts';
const lineOf = (text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;
/** `file:line:column` of the line of this file that ends with the comment `// at:<name>`. */
const site = (name: string) => `${file}:${lineOf(`// at:${name}`)}:\\d+`;

describe('the connection guard', () => {
  it('refuses `db` inside a transaction, naming the call site and where the transaction began', async () => {
    const nested = db.$transaction(async (tx) => {
      // at:opened is the line above: where the transaction was asked for
      await tx.user.count();
      return db.user.count(); // at:nested
    });
    const error = await nested.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbGuardError);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(
        `db\\.user used at .*${site('nested')} while holding the transaction opened at .*${file}:${lineOf('// at:opened') - 1}:\\d+`,
      ),
    );
    expect(takeDbGuardViolations()).toEqual([message]);
  });

  it('refuses the pool too (queryRows, a nested transaction), even when the caller swallows the error', async () => {
    await db.$transaction(async () => {
      await queryRows(Prisma.sql`SELECT 1`).catch(() => null); // at:rows
      await (async () => db.$transaction(async () => null))().catch(() => null); // at:again
    });
    const violations = takeDbGuardViolations();
    expect(violations).toHaveLength(2);
    expect(violations[0]).toMatch(new RegExp(`queryRows\\(\\) used at .*${site('rows')}`));
    expect(violations[1]).toMatch(new RegExp(`db\\.\\$transaction used at .*${site('again')}`));
  });

  it('reports queries started at once on one transaction, which still run one after the other', async () => {
    const [a, b] = await db.$transaction(async (tx) => {
      const one = tx.$queryRaw<{ n: number }[]>`SELECT 1::int AS n`; // at:first
      const count = tx.organization.count(); // at:second
      return Promise.all([one, count]);
    });
    expect(a).toEqual([{ n: 1 }]);
    expect(typeof b).toBe('number');
    const [violation, ...rest] = takeDbGuardViolations();
    expect(rest).toEqual([]);
    expect(violation).toMatch(
      new RegExp(
        `A query was started at .*${site('second')} while the same transaction was still running .*${site('first')}`,
      ),
    );
  });

  it('lets the pool be used after the transaction, and by work the transaction left behind', async () => {
    let later: Promise<number> | undefined;
    await db.$transaction(async (tx) => {
      await tx.user.count();
      later = new Promise((resolve) => setTimeout(resolve, 20)).then(() => db.user.count());
    });
    await expect(later).resolves.toEqual(expect.any(Number));
    await expect(db.user.count()).resolves.toEqual(expect.any(Number));
    expect(takeDbGuardViolations()).toEqual([]);
  });

  it('keeps pg from ever seeing two queries at once on a connection, though Prisma loads relations in parallel', async () => {
    const team = await makeTeam();
    const run = (...flags: string[]) =>
      spawnSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'lib/test/guard-fixture/parallel-relations.ts', team.org.id, ...flags],
        {
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
    const warning = 'client.query() when the client is already executing a query';
    const bare = run();
    expect(bare.stdout.trim()).toBe('3');
    expect(bare.stderr).toContain(warning);
    const guarded = run('--guarded');
    expect(guarded.stdout.trim()).toBe('3');
    expect(guarded.stderr).not.toContain(warning);
  }, 150_000);

  it('fails a test run in which a test broke the rule, naming the call site', () => {
    const run = spawnSync(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--config', 'lib/test/guard-fixture/vitest.config.ts'],
      { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 120_000 },
    );
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    expect(output).toContain('Connection rules broken');
    expect(output).toMatch(/db\.membership used at .*lib\/test\/guard-fixture\/nested\.fixture\.ts:8:\d+/);
    expect(output).toMatch(/1 failed/);
  }, 150_000);
});
