import { buildOpenApiDocument } from '@/lib/api/openapi';
import { operations } from '@/lib/api/operations';

let cached: string | undefined;

/**
 * getOpenApiDocumentOp (lib/api/operations/meta.ts). A plain handler rather than defineRoute: the document is the
 * same for everybody, so it needs no session lookup and keeps working when the database does not.
 */
export function GET(): Response {
  cached ??= JSON.stringify(buildOpenApiDocument(operations));
  return new Response(cached, {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}
