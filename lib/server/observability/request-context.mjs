// The request a piece of server code runs for: scripts/server.mjs runs each request inside it, and
// the app's logger (log.ts) adds its id to every line. On globalThis, shared with the bundles.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const KEY = Symbol.for('portal.requestContext');

/** @returns {AsyncLocalStorage<{ reqId: string }>} */
export function requestContext() {
  globalThis[KEY] ??= new AsyncLocalStorage();
  return globalThis[KEY];
}

const SAFE_ID = /^[\w.:@/+=-]{1,128}$/;

/** A request id: the proxy's own when `trusted` and well-formed, otherwise a new one. */
export function requestId(incoming, trusted) {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return trusted && value && SAFE_ID.test(value) ? value : randomUUID();
}
