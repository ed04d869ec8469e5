import { importTemplateOp } from '@/lib/api/operations/imports';
import { defineRoute } from '@/lib/server/route';
import { templateCsv } from '@/lib/services/imports/template-csv';

export const GET = defineRoute(importTemplateOp, async () => {
  return new Response(templateCsv(), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="import-template.csv"',
      'cache-control': 'no-store',
    },
  });
});
