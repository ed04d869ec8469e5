import { MailboxList, MailboxQuery } from '@/lib/schemas/mailbox';
import { defineOperation } from '../operation';

export const listMailboxOp = defineOperation({
  id: 'listMailbox',
  method: 'GET',
  path: '/dev/mailbox',
  summary:
    'Every e-mail the app sent, newest first. Only in development or with DEV_MAILBOX=on, and never while ' +
    'SMTP_URL is set (404 otherwise)',
  tag: 'Development',
  access: 'superadmin',
  query: MailboxQuery,
  response: MailboxList,
});
