import { importErrorsOp } from '@/lib/api/operations/imports';
import { defineRoute } from '@/lib/server/route';
import { importErrorsCsv } from '@/lib/services/imports/errors-csv';

export const GET = defineRoute(importErrorsOp, async ({ ctx, params }) => {
  const { body, fileName } = await importErrorsCsv(ctx, params.importId);
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});
