import type { Import } from '@/lib/generated/prisma/client';
import { randomToken } from '@/lib/server/auth/secrets';
import { db, type Tx } from '@/lib/server/db';
import { enqueue } from '@/lib/server/jobs/queue';
import { INVITE_TOKEN_PREFIX } from '@/lib/services/invitations/invitation-token';
import { emitImportedRows } from '@/lib/services/webhooks/payloads';
import { type Classified, classifyBatch, type Kind } from './batch-classify';
import { inviteRows } from './batch-write';
import { inviteeValues, type MailContext } from './import-mail';
import type { ImportOptions } from './options';
import { EMAIL_BATCH_QUEUE } from './queue-names';

type Result = 'created' | 'already_member' | 'failed';
interface Outcome {
  row: number;
  status: Result;
  reason: string | null;
}

const settled: Partial<Record<Kind, [Result, string]>> = {
  role_missing: ['failed', 'The role no longer exists'],
  member_active: ['already_member', 'Already a member'],
  member_deactivated: ['already_member', 'Already a member (deactivated)'],
  invited: ['already_member', 'An invitation is pending'],
};

async function record(tx: Tx, imp: Import, outcomes: Outcome[], mailIds: string[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE import_rows r SET status = x.status::"ImportRowStatus", reason = x.reason
      FROM unnest(${outcomes.map((o) => o.row)}::int[], ${outcomes.map((o) => o.status)}::text[],
                  ${outcomes.map((o) => o.reason)}::text[]) AS x(n, status, reason)
     WHERE r.import_id = ${imp.id} AND r.row_number = x.n`;
  const count = (s: Result) => outcomes.filter((o) => o.status === s).length;
  await tx.$executeRaw`
    UPDATE imports
       SET processed_rows = processed_rows + ${outcomes.length}, created_count = created_count + ${count('created')},
           already_member_count = already_member_count + ${count('already_member')},
           failed_count = failed_count + ${count('failed')}, updated_at = now()
     WHERE id = ${imp.id}`;
  for (let i = 0; i < mailIds.length; i += 500) {
    await enqueue(tx, EMAIL_BATCH_QUEUE, { emailIds: mailIds.slice(i, i + 500) });
  }
}

/**
 * Job phase 2, one batch in one transaction: lock and classify the next pending
 * rows, invite everyone who is neither a member nor invited yet (an account of
 * their own changes nothing: joining takes their consent) with set-based SQL
 * that also writes their e-mails, then mark the rows done and count them. A
 * batch replayed after a crash finds its rows no longer pending. Returns the last
 * row number handled, or null when no pending row is left after `cursor`.
 */
export async function processBatch(imp: Import, mail: MailContext, cursor: number, size: number, careful = false) {
  const options = imp.options as unknown as ImportOptions;
  return db.$transaction(
    async (tx) => {
      const [state] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM imports WHERE id = ${imp.id}`;
      if (state?.status !== 'running') return null;
      const classified = await classifyBatch(tx, imp, cursor, size);
      if (classified.length === 0) return null;
      const outcomes: Outcome[] = [];
      const invites: Classified[] = [];
      for (const r of classified) {
        const fixed = settled[r.kind];
        if (fixed) outcomes.push({ row: r.row, status: fixed[0], reason: fixed[1] });
        else invites.push(r);
      }
      const mailIds: string[] = [];
      if (imp.dryRun) {
        for (const r of invites) outcomes.push({ row: r.row, status: 'created', reason: null });
      } else {
        const expired = invites.flatMap((r) => (r.expiredId ? [r.expiredId] : []));
        if (expired.length > 0) {
          // A pending invitation past its expiry is replaced, as a single invite would do.
          await tx.$executeRaw`UPDATE invitations SET status = 'expired', updated_at = now()
                                WHERE id = ANY(${expired}::text[]) AND status = 'pending'`;
        }
        const rows = invites.map((r) => {
          const token = randomToken(INVITE_TOKEN_PREFIX);
          return { row: r.row, token, values: inviteeValues(r.person, token) };
        });
        const invited = rows.length ? await inviteRows(tx, imp, options, mail, rows, careful) : null;
        const done = new Set(invited?.done ?? []);
        for (const { row } of rows) {
          const ok = done.has(row);
          outcomes.push({
            row,
            status: ok ? 'created' : 'already_member',
            reason: ok ? null : 'An invitation is pending',
          });
        }
        mailIds.push(...(invited?.mailIds ?? []));
        await emitImportedRows(tx, imp, invited?.done ?? []);
      }
      await record(tx, imp, outcomes, mailIds);
      return classified[classified.length - 1]!.row;
    },
    { timeout: 120_000 },
  );
}
