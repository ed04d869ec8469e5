import { createApplicationOp, listApplicationsOp } from '@/lib/api/operations/applications';
import { defineRoute } from '@/lib/server/route';
import { createApplication } from '@/lib/services/applications/create-application';
import { listApplications } from '@/lib/services/applications/list-applications';

export const GET = defineRoute(listApplicationsOp, ({ ctx, query }) => listApplications(ctx, query));
export const POST = defineRoute(createApplicationOp, ({ ctx, body }) => createApplication(ctx, body));
