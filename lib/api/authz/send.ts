import { existsSync } from 'node:fs';
import path from 'node:path';
import { uniq } from '@/lib/test/factories';
import { type CallResult, call } from '@/lib/test/http';
import type { Credentials } from './fixture';
import type { Entry } from './routes';
import { PNG, type Sample } from './samples';

type Handler = Parameters<typeof call>[0];

/** `app/api/v1/…/route.ts` for an OpenAPI-style path (`{param}` -> `[param]`). */
export function routeFile(pattern: string): string {
  return path.join(
    process.cwd(),
    'app',
    'api',
    'v1',
    ...pattern
      .split('/')
      .filter(Boolean)
      .map((seg) => seg.replace(/^\{(\w+)\}$/, '[$1]')),
    'route.ts',
  );
}

const modules = new Map<string, Promise<Record<string, unknown>>>();

/** The exported handler for `method` of the route file behind `pattern`, imported on first use. */
export async function loadHandler(method: string, pattern: string): Promise<Handler> {
  const file = routeFile(pattern);
  if (!existsSync(file)) throw new Error(`${method} ${pattern}: no route file ${file}`);
  if (!modules.has(file)) modules.set(file, import(/* @vite-ignore */ file));
  const handler = (await modules.get(file)!)[method];
  if (typeof handler !== 'function') throw new Error(`${method} ${pattern}: ${file} exports no ${method}`);
  return handler as Handler;
}

/** Rewrites the request body as the route expects it: a multipart CSV upload or a raw PNG. */
const reshape =
  (handler: Handler, send: Entry['send']): Handler =>
  (req, ctx) => {
    if (!send) return handler(req, ctx);
    const headers = new Headers(req.headers);
    let body: BodyInit;
    if (send === 'png') {
      headers.set('content-type', 'image/png');
      body = new Uint8Array(PNG);
    } else {
      headers.delete('content-type');
      body = new FormData();
      body.append('file', new Blob([`email\nperson-${uniq()}@example.test\n`], { type: 'text/csv' }), 'people.csv');
    }
    return handler(new Request(req.url, { method: req.method, headers, body }), ctx);
  };

/** Images and CSV files: the status is what matters here, the body is not JSON. */
const dropBinary =
  (handler: Handler): Handler =>
  async (req, ctx) => {
    const res = await handler(req, ctx);
    return res.ok ? new Response(null, { status: res.status }) : res;
  };

/** Calls the route as Next would, with the caller's credentials. */
export async function send(
  method: string,
  pattern: string,
  entry: Entry,
  sample: Sample,
  orgId: string,
  creds: Credentials,
): Promise<CallResult> {
  let handler = reshape(await loadHandler(method, pattern), entry.send);
  if (entry.binary) handler = dropBinary(handler);
  const params = sample.params ?? (pattern.includes('{orgId}') ? { orgId } : {});
  const url = `/api/v1${pattern.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? k)}`;
  return call(handler, url + (sample.query ? `?${sample.query}` : ''), {
    method,
    params,
    body: sample.body,
    ...creds,
  });
}
