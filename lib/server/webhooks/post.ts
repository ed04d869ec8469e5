import 'server-only';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Target } from './destination';

export const TIMEOUT_MS = 15_000;
const BODY_LIMIT = 2048;

export interface PostResult {
  /** The HTTP status, or null when no answer came (refused, timed out, TLS error). */
  status: number | null;
  /** The first 2 KB of the answer. */
  body: string | null;
  error: string | null;
  retryAfter: string | null;
  durationMs: number;
}

/** A lookup that answers with the address checked beforehand, whatever DNS says now. */
function pinned(target: Target): LookupFunction {
  return (_host, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

/**
 * POSTs a body to the URL over a connection to `target` (the checked address):
 * redirects are not followed (a 3xx is just a failed answer), the whole exchange
 * must end within 15 s, and only the first 2 KB of the answer are kept. Never throws.
 */
export function postPinned(
  url: URL,
  target: Target,
  headers: Record<string, string>,
  body: string,
  timeoutMs = TIMEOUT_MS,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<PostResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: pinned(target),
      agent: false,
    });
    const timer = setTimeout(() => {
      req.destroy();
      finish({ status: null, body: null, error: `No answer within ${timeoutMs / 1000} s`, retryAfter: null });
    }, timeoutMs);
    req.on('error', (error) => finish({ status: null, body: null, error: error.message, retryAfter: null }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        res.destroy();
        const text = Buffer.concat(chunks).subarray(0, BODY_LIMIT).toString('utf8').replaceAll('\u0000', '');
        const retryAfter = res.headers['retry-after'];
        finish({ status: res.statusCode ?? null, body: text, error: null, retryAfter: retryAfter ?? null });
      };
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= BODY_LIMIT) done();
      });
      res.on('end', done);
      res.on('error', done);
    });
    req.end(body);
  });
}
