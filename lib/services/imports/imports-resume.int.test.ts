import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { claimNext, setStaleAfter } from '@/lib/server/jobs/queue';
import { addMember, makeTeam, makeUser, tokenFor, uniq } from '@/lib/test/factories';
import { upload } from '@/lib/test/imports';
import { importJob, runImport } from './run-import';

type Team = Awaited<ReturnType<typeof makeTeam>>;
let team: Team;
let token: string;

beforeAll(async () => {
  team = await makeTeam();
  token = await tokenFor(team.admin);
});

/** 1,200 rows: 1,150 new people, 20 existing users (invited too), 10 members, 20 bad e-mails. */
async function fixture(tag: string) {
  const users = await Promise.all(Array.from({ length: 30 }, () => makeUser()));
  for (const u of users.slice(0, 10)) await addMember(team, u, 'member');
  const lines = ['email,first name'];
  for (let i = 0; i < 1150; i++) lines.push(`p${i}-${tag}@example.test,P${i}`);
  for (const u of users.slice(10)) lines.push(`${u.email},U`);
  for (const u of users.slice(0, 10)) lines.push(`${u.email},M`);
  for (let i = 0; i < 20; i++) lines.push(`bad ${i},B`);
  return { csv: `${lines.join('\n')}\n`, users };
}

async function expectExactlyOnce(importId: string, tag: string, users: { id: string; email: string }[]) {
  const imp = await db.import.findUniqueOrThrow({ where: { id: importId } });
  expect(imp).toMatchObject({ status: 'completed', totalRows: 1200, processedRows: 1200 });
  expect([imp.createdCount, imp.addedCount, imp.alreadyMemberCount, imp.failedCount]).toEqual([1170, 0, 10, 20]);
  const invited = await db.$queryRaw<{ n: number; distinct: number }[]>`
    SELECT count(*)::int AS n, count(DISTINCT email)::int AS distinct FROM invitations
     WHERE organization_id = ${team.org.id} AND email LIKE ${`%-${tag}@example.test`}`;
  expect(invited[0]).toEqual({ n: 1150, distinct: 1150 });
  const members = await db.membership.count({
    where: { organizationId: team.org.id, userId: { in: users.slice(10).map((u) => u.id) } },
  });
  expect(members).toBe(0);
  const accounts = await db.invitation.count({
    where: { organizationId: team.org.id, email: { in: users.slice(10).map((u) => u.email) }, status: 'pending' },
  });
  expect(accounts).toBe(20);
  const mails = await db.email.count({ where: { to: { contains: tag } } });
  expect(mails).toBe(1150);
  expect(await db.importRow.count({ where: { importId, status: 'pending' } })).toBe(0);
}

describe('an interrupted import', () => {
  it('continues where it stopped: every valid row exactly once', async () => {
    const tag = uniq();
    const { csv, users } = await fixture(tag);
    const res = await upload(team.org.id, token, { name: 'resume.csv', bytes: csv });
    expect(res.status).toBe(202);
    // The process "dies" after 3 batches of 100 rows.
    expect(await runImport(res.body.id, { batchSize: 100, maxBatches: 3 })).toBe('paused');
    const midway = await db.import.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(midway.status).toBe('running');
    expect(midway.processedRows).toBe(20 + 300);
    expect(await db.invitation.count({ where: { email: { contains: tag } } })).toBe(300);

    // It died again while staging the file once more (staged_at lost): staging is replayed harmlessly.
    await db.import.update({ where: { id: res.body.id }, data: { stagedAt: null } });
    expect(await runImport(res.body.id, { batchSize: 250, maxBatches: 1 })).toBe('paused');
    expect(await db.importRow.count({ where: { importId: res.body.id } })).toBe(1200);

    expect(await runImport(res.body.id, { batchSize: 500 })).toBe('done');
    const done = await db.import.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(done.processedRows).toBe(1200);
    await expectExactlyOnce(res.body.id, tag, users);
    // Running a finished import again does nothing.
    expect(await runImport(res.body.id)).toBe('done');
    await expectExactlyOnce(res.body.id, tag, users);
  });

  it('is re-claimed from a dead worker once its heartbeat is stale, and finished by the job handler', async () => {
    const tag = uniq();
    const { csv, users } = await fixture(tag);
    const res = await upload(team.org.id, token, { name: 'reclaim.csv', bytes: csv });
    await runImport(res.body.id, { batchSize: 200, maxBatches: 2 });
    // The job as a dead worker left it: running, last heartbeat 40 s ago, on a queue of its own for this test.
    const queue = `import-test-${tag}`;
    setStaleAfter(queue, 30);
    await db.$executeRaw`
      UPDATE jobs SET queue = ${queue}, status = 'running', locked_by = 'dead-worker',
                      locked_at = now() - interval '40 seconds', run_at = now() - interval '1 minute'
       WHERE payload->>'importId' = ${res.body.id}`;
    const job = await claimNext([queue], 'test-worker');
    expect(job?.payload).toEqual({ importId: res.body.id });
    await importJob(job!);
    await expectExactlyOnce(res.body.id, tag, users);

    // A job whose heartbeat is fresh is not taken from its (live) worker.
    await db.$executeRaw`UPDATE jobs SET status = 'running', locked_at = now() WHERE id = ${job!.id}`;
    expect(await claimNext([queue], 'test-worker')).toBeNull();
  });

  it('fails for good, with a reason, when the file holds no e-mail column any more', async () => {
    const res = await upload(team.org.id, token, { name: 'gone.csv', bytes: 'email\na@x.test\n' });
    await db.import.update({
      where: { id: res.body.id },
      data: {
        options: {
          ...((await db.import.findUniqueOrThrow({ where: { id: res.body.id } })).options as object),
          mapping: { email: null },
        },
      },
    });
    const job = { id: 'none', queue: 'import', payload: { importId: res.body.id }, attempts: 1, maxAttempts: 10 };
    await importJob(job);
    const imp = await db.import.findUniqueOrThrow({ where: { id: res.body.id } });
    expect(imp).toMatchObject({ status: 'failed', error: 'The file has no column mapped to E-mail' });
  });

  it('survives a single invite racing a batch: the batch is replayed and the row counts as already invited', async () => {
    const tag = uniq().replace(/[^a-z0-9]/g, '');
    const racer = `racer-${tag}@example.test`;
    // A trigger plays the other request: it invites the address just before the import's INSERT reaches it.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION race_${tag}() RETURNS trigger AS $$
      BEGIN
        IF NEW.email = '${racer}' AND NEW.token_hash <> 'race-${tag}' THEN
          INSERT INTO invitations (id, organization_id, email, role_id, token_hash, status, expires_at, updated_at)
          VALUES ('race-${tag}', NEW.organization_id, NEW.email, NEW.role_id, 'race-${tag}', 'pending',
                  now() + interval '1 day', now())
          ON CONFLICT DO NOTHING;
        END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER race_${tag} BEFORE INSERT ON invitations FOR EACH ROW EXECUTE FUNCTION race_${tag}()`,
    );
    try {
      const csv = `email\nbefore-${tag}@example.test\n${racer}\nafter-${tag}@example.test\n`;
      const res = await upload(team.org.id, token, { name: 'race.csv', bytes: csv });
      expect(await runImport(res.body.id)).toBe('done');
      const imp = await db.import.findUniqueOrThrow({ where: { id: res.body.id } });
      expect([imp.createdCount, imp.alreadyMemberCount, imp.failedCount]).toEqual([2, 1, 0]);
      const row = await db.importRow.findFirstOrThrow({ where: { importId: res.body.id, email: racer } });
      expect(row).toMatchObject({ status: 'already_member', reason: 'An invitation is pending' });
      const invites = await db.invitation.findMany({
        where: { email: { contains: tag } },
        select: { tokenHash: true },
      });
      expect(invites).toHaveLength(3);
      expect(invites.filter((i) => i.tokenHash === `race-${tag}`)).toHaveLength(1);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER race_${tag} ON invitations`);
      await db.$executeRawUnsafe(`DROP FUNCTION race_${tag}()`);
    }
  });
});
