/**
 * A JSON answer clients may keep and revalidate: `private, no-cache` (never in a
 * shared cache, always revalidated) with an ETag; a matching If-None-Match gets 304.
 */
export function cachedJson(req: Request, body: unknown, etag: string): Response {
  const headers = { etag, 'cache-control': 'private, no-cache', vary: 'authorization, cookie' };
  const match = req.headers.get('if-none-match');
  if (match?.split(',').some((t) => t.trim() === etag)) return new Response(null, { status: 304, headers });
  return Response.json(body, { headers });
}
