import { deleteDomainOp, getDomainOp } from '@/lib/api/operations/domains';
import { defineRoute } from '@/lib/server/route';
import { deleteDomain } from '@/lib/services/domains/delete-domain';
import { getDomain } from '@/lib/services/domains/list-domains';

export const GET = defineRoute(getDomainOp, ({ ctx, params }) => getDomain(ctx, params.domainId));
export const DELETE = defineRoute(deleteDomainOp, ({ ctx, params }) => deleteDomain(ctx, params.domainId));
