import type { Import } from '@/lib/generated/prisma/client';
import { randomToken } from '@/lib/server/auth/secrets';
import { db, type Tx } from '@/lib/server/db';
import { enqueue } from '@/lib/server/jobs/queue';
import { type AttributeDefinition, getAttributeDefinitions } from '@/lib/services/attributes/member-values';
import { INVITE_TOKEN_PREFIX, invitationLink } from '@/lib/services/invitations/invitation-token';
import { emitImportedRows } from '@/lib/services/webhooks/payloads';
import { missingRequiredReason } from './attribute-columns';
import { type Classified, classifyBatch, type Kind } from './batch-classify';
import { addMembers, inviteRows, type Rendered, saveRowAttributes } from './batch-write';
import type { MailContext } from './import-mail';
import type { ImportOptions } from './options';
import { EMAIL_BATCH_QUEUE } from './queue-names';

type Result = 'created' | 'added' | 'already_member' | 'failed';
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

/** The few rows whose e-mail SQL must not render (see CompiledTemplate.needsFullRender), rendered here. */
function renderInJs(mail: MailContext, rows: Classified[], tokens: Map<number, string>) {
  const invites: Rendered[] = [];
  const adds: Rendered[] = [];
  for (const { row, kind, person: p } of rows) {
    if (!p || (kind !== 'invite' && kind !== 'add')) continue;
    const values: Record<string, string> =
      kind === 'invite'
        ? {
            'user.name': [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email,
            'user.firstName': p.firstName ?? '',
            'user.email': p.email,
            'role.name': p.roleName ?? '',
            link: invitationLink(tokens.get(row)!),
          }
        : {
            'user.name': `${p.userFirstName ?? ''} ${p.userLastName ?? ''}`.trim() || p.email,
            'user.firstName': p.userFirstName ?? '',
            'user.email': p.email,
            'role.name': p.roleName ?? '',
          };
    const compiled = mail.templates[kind === 'invite' ? 'invitation' : 'member_added'];
    if (compiled.needsFullRender(values))
      (kind === 'invite' ? invites : adds).push({ row, ...compiled.render(values) });
  }
  return { invites, adds };
}

/** Why a row the database would add fails for its attributes (see attribute-columns.ts), or null. */
function attributeProblem(r: Classified, defs: AttributeDefinition[]): string | null {
  if (r.kind === 'add' && r.missing?.length) {
    return missingRequiredReason(r.missing.map((k) => defs.find((d) => d.key === k)?.label ?? k));
  }
  return null;
}

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
           added_count = added_count + ${count('added')},
           already_member_count = already_member_count + ${count('already_member')},
           failed_count = failed_count + ${count('failed')}, updated_at = now()
     WHERE id = ${imp.id}`;
  for (let i = 0; i < mailIds.length; i += 500) {
    await enqueue(tx, EMAIL_BATCH_QUEUE, { emailIds: mailIds.slice(i, i + 500) });
  }
}

/**
 * Job phase 2, one batch in one transaction: lock and classify the next pending
 * rows, add existing users as members and invite the others with set-based SQL
 * that also writes their e-mails, then mark the rows done and count them. A
 * batch replayed after a crash finds its rows no longer pending. Returns the last
 * row number handled, or null when no pending row is left after `cursor`.
 */
export async function processBatch(imp: Import, mail: MailContext, cursor: number, size: number, careful = false) {
  const options = imp.options as unknown as ImportOptions;
  const renderAllInJs = !mail.templates.invitation.usable || !mail.templates.member_added.usable;
  return db.$transaction(
    async (tx) => {
      const [state] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM imports WHERE id = ${imp.id}`;
      if (state?.status !== 'running') return null;
      // Attribute definitions once per batch: the required ones decide which rows may be added.
      const defs = await getAttributeDefinitions(imp.organizationId, tx);
      const required = defs.filter((d) => d.required).map((d) => d.key);
      const classified = await classifyBatch(tx, imp, cursor, size, renderAllInJs, required);
      if (classified.length === 0) return null;
      const outcomes: Outcome[] = [];
      const rows: Classified[] = [];
      for (const r of classified) {
        const fixed = settled[r.kind];
        const problem = fixed ? null : attributeProblem(r, defs);
        if (fixed) outcomes.push({ row: r.row, status: fixed[0], reason: fixed[1] });
        else if (problem) outcomes.push({ row: r.row, status: 'failed', reason: problem });
        else rows.push(r);
      }
      const adds = rows.filter((r) => r.kind === 'add').map((r) => r.row);
      const invites = rows.filter((r) => r.kind === 'invite').map((r) => r.row);
      const mailIds: string[] = [];
      if (imp.dryRun) {
        for (const row of adds) outcomes.push({ row, status: 'added', reason: null });
        for (const row of invites) outcomes.push({ row, status: 'created', reason: null });
      } else {
        const tokens = new Map(invites.map((row) => [row, randomToken(INVITE_TOKEN_PREFIX)]));
        const js = renderInJs(mail, rows, tokens);
        const expired = rows.flatMap((r) => (r.kind === 'invite' && r.expiredId ? [r.expiredId] : []));
        if (expired.length > 0) {
          // A pending invitation past its expiry is replaced, as a single invite would do.
          await tx.$executeRaw`UPDATE invitations SET status = 'expired', updated_at = now()
                                WHERE id = ANY(${expired}::text[]) AND status = 'pending'`;
        }
        const added = adds.length ? await addMembers(tx, imp, options, mail, adds, js.adds) : null;
        const invited = invites.length
          ? await inviteRows(
              tx,
              imp,
              options,
              mail,
              invites.map((row) => ({ row, token: tokens.get(row)! })),
              js.invites,
              careful,
            )
          : null;
        if (added?.done && rows.some((r) => r.hasAttributes)) await saveRowAttributes(tx, imp, added.done, defs);
        const addedRows = new Set(added?.done ?? []);
        const invitedRows = new Set(invited?.done ?? []);
        for (const row of adds) {
          const ok = addedRows.has(row);
          outcomes.push({ row, status: ok ? 'added' : 'already_member', reason: ok ? null : 'Already a member' });
        }
        for (const row of invites) {
          const ok = invitedRows.has(row);
          outcomes.push({
            row,
            status: ok ? 'created' : 'already_member',
            reason: ok ? null : 'An invitation is pending',
          });
        }
        mailIds.push(...(added?.mailIds ?? []), ...(invited?.mailIds ?? []));
        await emitImportedRows(tx, imp, added?.done ?? [], invited?.done ?? []);
      }
      await record(tx, imp, outcomes, mailIds);
      return classified[classified.length - 1]!.row;
    },
    { timeout: 120_000 },
  );
}
