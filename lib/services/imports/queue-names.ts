/** The job queue that stages and processes imports. */
export const IMPORT_QUEUE = 'import';
/** Invitation e-mails of an import, delivered a batch per job. */
export const EMAIL_BATCH_QUEUE = 'email-batch';
