import { listMailboxOp } from '@/lib/api/operations/dev';
import { defineRoute } from '@/lib/server/route';
import { listMailbox } from '@/lib/services/mailbox/list-mailbox';

export const GET = defineRoute(listMailboxOp, ({ query }) => listMailbox(query));
