import { MailboxList, MailboxQuery } from '@/lib/schemas/mailbox';
import { defineOperation } from '../operation';

export const listMailboxOp = defineOperation({
  id: 'listMailbox',
  method: 'GET',
  path: '/dev/mailbox',
  summary: 'Every e-mail the app sent, newest first (only while SMTP_URL is unset)',
  tag: 'Development',
  access: 'superadmin',
  query: MailboxQuery,
  response: MailboxList,
});
