import { deleteApplicationOp, getApplicationOp, updateApplicationOp } from '@/lib/api/operations/applications';
import { defineRoute } from '@/lib/server/route';
import { deleteApplication } from '@/lib/services/applications/delete-application';
import { getApplication } from '@/lib/services/applications/get-application';
import { updateApplication } from '@/lib/services/applications/update-application';

export const GET = defineRoute(getApplicationOp, ({ ctx, params }) => getApplication(ctx, params.appId));
export const PATCH = defineRoute(updateApplicationOp, ({ ctx, params, body }) =>
  updateApplication(ctx, params.appId, body),
);
export const DELETE = defineRoute(deleteApplicationOp, ({ ctx, params }) => deleteApplication(ctx, params.appId));
