import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from '../config';
import { db } from '../db';
import type { ClaimedJob } from '../jobs/queue';
import { metrics } from '../observability/metrics.mjs';

let transport: Transporter | undefined;

function smtp(): Transporter | undefined {
  const url = config.smtpUrl;
  if (!url) return undefined;
  transport ??= nodemailer.createTransport(url);
  return transport;
}

/**
 * The `email` job: sends one outbox message by SMTP when SMTP_URL is set. Without
 * SMTP_URL the message is delivered to the dev mailbox, i.e. it stays readable
 * in the outbox at /dev/mailbox. A throw makes the queue retry with backoff.
 */
export async function deliverEmail(job: ClaimedJob): Promise<void> {
  const emailId = String(job.payload.emailId);
  const email = await db.email.findUnique({ where: { id: emailId } });
  if (!email || email.status === 'sent') return;
  const transporter = smtp();
  try {
    if (transporter) {
      await transporter.sendMail({
        from: config.mailFrom,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
      });
    }
    await db.email.update({
      where: { id: emailId },
      data: { status: 'sent', sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
    });
    metrics().mailOutcomes.inc({ outcome: 'sent' });
  } catch (error) {
    const final = job.attempts >= job.maxAttempts;
    await db.email.update({
      where: { id: emailId },
      data: {
        attempts: { increment: 1 },
        lastError: (error as Error).message.slice(0, 1000),
        status: final ? 'failed' : 'queued',
      },
    });
    metrics().mailOutcomes.inc({ outcome: final ? 'failed' : 'retry' });
    throw error;
  }
}

/** Drops the cached SMTP connection (tests point SMTP_URL at different servers). */
export function resetMailTransport(): void {
  transport?.close();
  transport = undefined;
}
