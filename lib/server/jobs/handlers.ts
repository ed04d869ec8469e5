import 'server-only';
import { ACTIVATION_RESEND_QUEUE, resendActivationJob } from '@/lib/services/accounts/resend-activation';
import { SWEEP_EVERY_SECONDS, SWEEP_QUEUE, sweepJob } from '@/lib/services/cleanup/sweep';
import { DEMO_CONVERTED_QUEUE, markConvertedJob } from '@/lib/services/demo-requests/mark-converted';
import { deliverEmailBatch } from '@/lib/services/imports/deliver-email-batch';
import { EMAIL_BATCH_QUEUE, IMPORT_QUEUE } from '@/lib/services/imports/queue-names';
import { importJob } from '@/lib/services/imports/run-import';
import { deliverWebhook } from '@/lib/services/webhooks/deliver';
import { pruneJob, schedulePrune, WEBHOOK_PRUNE_QUEUE } from '@/lib/services/webhooks/prune';
import { deliverEmail } from '../mail/deliver';
import { EMAIL_QUEUE } from '../mail/outbox';
import { log } from '../observability/log';
import { deleteFilesJob, FILE_DELETE_QUEUE } from '../storage/delete-later';
import { WEBHOOK_QUEUE } from '../webhooks/events';
import { setStaleAfter } from './queue';
import { registerJobHandler } from './worker';

/** Every queue and its handler; later features add theirs here. */
export function registerAllJobHandlers(): void {
  registerJobHandler(EMAIL_QUEUE, deliverEmail);
  registerJobHandler(EMAIL_BATCH_QUEUE, deliverEmailBatch);
  registerJobHandler(ACTIVATION_RESEND_QUEUE, resendActivationJob);
  // Imports heartbeat every 5 s: one whose worker died resumes elsewhere within 20 s.
  registerJobHandler(IMPORT_QUEUE, importJob);
  setStaleAfter(IMPORT_QUEUE, 20);
  registerJobHandler(FILE_DELETE_QUEUE, deleteFilesJob);
  registerJobHandler(DEMO_CONVERTED_QUEUE, markConvertedJob);
  // Expired share links and unused upload slots, hourly.
  registerJobHandler(SWEEP_QUEUE, sweepJob, { everySeconds: SWEEP_EVERY_SECONDS });
  // An attempt ends within 15 s: one left running longer was a worker that died.
  registerJobHandler(WEBHOOK_QUEUE, deliverWebhook);
  setStaleAfter(WEBHOOK_QUEUE, 60);
  registerJobHandler(WEBHOOK_PRUNE_QUEUE, pruneJob);
  // The daily prune of the delivery log queues its next run itself; this queues the first.
  void schedulePrune().catch((error) => log.warn('[jobs] could not queue the webhook log prune', { err: error }));
}
