import { type APIRequestContext, expect } from '@playwright/test';

export interface Timed {
  call: string;
  status: number;
  ms: number;
}

type Options = {
  token?: string;
  data?: unknown;
  multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>;
  body?: Buffer;
  contentType?: string;
};

/**
 * The API as a client uses it, every call timed and recorded, each checked against the status it
 * should answer. The scenario then looks at all of them at once: no 5xx, none that hung.
 */
export function timedApi(request: APIRequestContext) {
  const calls: Timed[] = [];
  async function api(method: string, path: string, expected: number, opts: Options = {}) {
    const headers: Record<string, string> = {};
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.contentType) headers['content-type'] = opts.contentType;
    const started = performance.now();
    const res = await request.fetch(path, {
      method,
      headers,
      data: opts.body ?? opts.data,
      multipart: opts.multipart,
      failOnStatusCode: false,
    });
    const text = await res.text();
    const ms = Math.round(performance.now() - started);
    const call = `${method} ${path.replace(/\?.*/, '').replace(/[A-Za-z0-9_-]{20,}/g, ':id')}`;
    calls.push({ call, status: res.status(), ms });
    expect(res.status(), `${method} ${path} answered ${res.status()}: ${text.slice(0, 300)}`).toBe(expected);
    // biome-ignore lint/suspicious/noExplicitAny: the scenario reads arbitrary JSON
    let body: any = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {}
    return { body, ms };
  }
  return { api, calls };
}

/** The slowest calls, for the log of the run. */
export function slowest(calls: Timed[], n = 5): string {
  return [...calls]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n)
    .map((c) => `${c.ms} ms ${c.status} ${c.call}`)
    .join('\n');
}
