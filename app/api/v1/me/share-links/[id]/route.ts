import { revokeShareLinkOp } from '@/lib/api/operations/share-links';
import { defineRoute } from '@/lib/server/route';
import { revokeShareLink } from '@/lib/services/share-links/revoke-share-link';

export const DELETE = defineRoute(revokeShareLinkOp, ({ principal, params }) => revokeShareLink(principal, params.id));
