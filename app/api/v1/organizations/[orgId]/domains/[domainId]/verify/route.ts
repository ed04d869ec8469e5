import { verifyDomainOp } from '@/lib/api/operations/domains';
import { defineRoute } from '@/lib/server/route';
import { verifyDomain } from '@/lib/services/domains/verify-domain';

export const POST = defineRoute(verifyDomainOp, ({ ctx, params }) => verifyDomain(ctx, params.domainId));
