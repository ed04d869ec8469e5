import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { swaggerInit } from '../../swagger-init';

type Asset = { type: string; load: () => Promise<string | Buffer> };

// swagger-ui-dist is read from node_modules (no copy in git, no CDN); only these files are served.
const vendor = (name: string) => () => readFile(join(process.cwd(), 'node_modules', 'swagger-ui-dist', name));

const assets: Record<string, Asset> = {
  'swagger-ui.css': { type: 'text/css; charset=utf-8', load: vendor('swagger-ui.css') },
  'swagger-ui-bundle.js': { type: 'text/javascript; charset=utf-8', load: vendor('swagger-ui-bundle.js') },
  'favicon-32x32.png': { type: 'image/png', load: vendor('favicon-32x32.png') },
  'init.js': { type: 'text/javascript; charset=utf-8', load: async () => swaggerInit },
};

const cache = new Map<string, Promise<string | Buffer>>();

/** The static files of the API reference at /docs. URLs carry a version, so they may be cached for a while. */
export async function GET(_req: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  const asset = Object.hasOwn(assets, file) ? assets[file] : undefined;
  if (!asset) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
  let body = cache.get(file);
  if (!body) {
    body = asset.load();
    cache.set(file, body);
    body.catch(() => cache.delete(file));
  }
  return new Response(new Uint8Array(Buffer.from(await body)), {
    headers: {
      'content-type': asset.type,
      'cache-control': 'public, max-age=86400',
      'x-content-type-options': 'nosniff',
    },
  });
}
