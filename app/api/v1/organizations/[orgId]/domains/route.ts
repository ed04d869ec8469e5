import { addDomainOp, listDomainsOp } from '@/lib/api/operations/domains';
import { defineRoute } from '@/lib/server/route';
import { addDomain } from '@/lib/services/domains/add-domain';
import { listDomains } from '@/lib/services/domains/list-domains';

export const GET = defineRoute(listDomainsOp, ({ ctx, query }) => listDomains(ctx, query));
export const POST = defineRoute(addDomainOp, ({ ctx, body }) => addDomain(ctx, body));
