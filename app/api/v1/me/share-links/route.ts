import { createShareLinkOp, listShareLinksOp } from '@/lib/api/operations/share-links';
import { defineRoute } from '@/lib/server/route';
import { createShareLink } from '@/lib/services/share-links/create-share-link';
import { listShareLinks } from '@/lib/services/share-links/list-share-links';

export const GET = defineRoute(listShareLinksOp, async ({ principal }) => ({ data: await listShareLinks(principal) }));
export const POST = defineRoute(createShareLinkOp, ({ principal, body }) => createShareLink(principal, body));
