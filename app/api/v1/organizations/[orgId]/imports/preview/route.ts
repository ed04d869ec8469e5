import { previewImportOp } from '@/lib/api/operations/imports';
import { ImportPreview } from '@/lib/schemas/import';
import { previewImport } from '@/lib/services/imports/preview-import';
import { multipartRoute } from '../multipart-route';

export const POST = multipartRoute(previewImportOp.access.permission, async (ctx, upload) =>
  Response.json(ImportPreview.parse(await previewImport(ctx, upload)), {
    headers: { 'cache-control': 'no-store' },
  }),
);
