import { uniq } from '@/lib/test/factories';
import { type CallResult, call, type Handler } from '@/lib/test/http';
import { handlerAt } from '@/lib/test/routes';
import type { Entry } from './entry';
import type { Credentials } from './fixture';
import { PNG, type Sample } from './samples';

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
  let handler = reshape(await handlerAt(method, pattern), entry.send);
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
