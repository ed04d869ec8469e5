import { getImportOp } from '@/lib/api/operations/imports';
import { defineRoute } from '@/lib/server/route';
import { getImport } from '@/lib/services/imports/get-import';

export const GET = defineRoute(getImportOp, ({ ctx, params }) => getImport(ctx, params.importId));
