import { AsyncLocalStorage } from 'node:async_hooks';

// Next's request scope for server actions run by tests (vitest.config.ts aliases `next/headers` here):
// `headers()` answers the headers of the request a test plays with `asRequest`.
const scope = new AsyncLocalStorage<Headers>();

export function asRequest<T>(headers: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  return scope.run(new Headers(headers), fn);
}

export async function headers(): Promise<Headers> {
  const current = scope.getStore();
  if (!current) throw new Error('headers() outside a request: wrap the call in asRequest()');
  return current;
}
