import 'server-only';
import { config } from '@/lib/server/config';
import { db } from '@/lib/server/db';
import { type ClaimedJob, enqueue } from '@/lib/server/jobs/queue';
import { deliverEmail } from '@/lib/server/mail/deliver';
import { EMAIL_QUEUE } from '@/lib/server/mail/outbox';

/**
 * The `email-batch` job: delivers up to 500 outbox messages of an import. With
 * SMTP each goes out on its own, and one that fails is handed to the ordinary
 * `email` queue with its retries; without SMTP (the dev mailbox) delivering
 * means marking them sent, done in one UPDATE. Already-sent messages are skipped,
 * so a replayed job sends nothing twice.
 */
export async function deliverEmailBatch(job: ClaimedJob): Promise<void> {
  const ids = (job.payload.emailIds as unknown[]).map(String);
  if (!config.smtpUrl) {
    await db.$executeRaw`
      UPDATE emails SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL
       WHERE id = ANY(${ids}::text[]) AND status = 'queued'`;
    return;
  }
  for (const emailId of ids) {
    try {
      await deliverEmail({ ...job, attempts: 1, maxAttempts: 8, payload: { emailId } });
    } catch {
      await db.$transaction((tx) =>
        enqueue(tx, EMAIL_QUEUE, { emailId }, { runAt: new Date(Date.now() + 5_000) }).then(() => undefined),
      );
    }
  }
}
