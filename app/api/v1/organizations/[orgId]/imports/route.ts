import { createImportOp, listImportsOp } from '@/lib/api/operations/imports';
import { ImportCreated } from '@/lib/schemas/import';
import { defineRoute } from '@/lib/server/route';
import { createImport } from '@/lib/services/imports/create-import';
import { listImports } from '@/lib/services/imports/list-imports';
import { multipartRoute } from './multipart-route';

export const GET = defineRoute(listImportsOp, ({ ctx, query }) => listImports(ctx, query));

export const POST = multipartRoute(createImportOp.access.permission, async (ctx, upload) => {
  const created = ImportCreated.parse(await createImport(ctx, upload));
  return Response.json(created, {
    status: 202,
    headers: {
      'cache-control': 'no-store',
      location: `/api/v1/organizations/${ctx.org.id}/imports/${created.id}`,
    },
  });
});
