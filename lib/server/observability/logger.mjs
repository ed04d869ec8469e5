// The process's one logger: JSON lines (pino) on stdout, each with the id of the request it was
// written for (request-context.mjs). LOG_LEVEL sets the level (default info; `silent` for none).
import pino from 'pino';
import { requestContext } from './request-context.mjs';

const KEY = Symbol.for('portal.logger');

function create() {
  const context = requestContext();
  return pino({
    level: process.env.LOG_LEVEL ?? 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const store = context.getStore();
      return store ? { reqId: store.reqId } : {};
    },
  });
}

/** @returns {import('pino').Logger} */
export function logger() {
  globalThis[KEY] ??= create();
  return globalThis[KEY];
}
