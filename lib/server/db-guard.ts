import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { log } from './observability/log';

/**
 * Two rules of connection use, checked at run time (docs/decisions/014):
 *
 * 1. Code holding an interactive transaction never asks for another connection (`db`, `queryRows`,
 *    the pool). With the embedded database's single connection that waits for itself until the
 *    transaction times out; on a real server it takes a second connection per request and reads
 *    outside the transaction.
 * 2. One connection runs one query at a time: pg 8 queues a second one with a deprecation warning,
 *    pg 9 refuses it. Each pooled connection serializes its queries itself (Prisma loads the relations
 *    of one query in parallel), and our own code must not start several at once on `tx` either.
 *
 * A breach of rule 1 is recorded and, in tests and development (and always with a one-connection
 * pool, where it would hang), thrown with the call site. A breach of rule 2 is only recorded there
 * (the queries still run, one after the other). In production with a larger pool either is logged
 * once per call site as `[db] …`, which the browser tests' server-log check fails on. The test setup
 * (lib/test/setup-int.ts) fails every test that leaves a recorded breach.
 */

interface Scope {
  /** Where `db.$transaction` was called: captured always, formatted only for a breach. */
  opened: Error;
  open: boolean;
  /** Call sites of the transaction's queries that are running now. */
  running: Set<string>;
}

const scope = new AsyncLocalStorage<Scope>();
const store = globalThis as unknown as { dbGuardViolations?: string[]; dbGuardLogged?: Set<string> };

export class DbGuardError extends Error {
  override name = 'DbGuardError';
}

/** The first stack frame outside this plumbing and outside node_modules: the code that made the call. */
export function callSite(stack = deepStack()): string {
  const frames = stack.split('\n').filter((line) => line.trimStart().startsWith('at '));
  const ours = frames.find(
    (line) =>
      /:\d+:\d+\)?$/.test(line) &&
      !/node_modules|\(node:|at node:/.test(line) &&
      !/[\\/]lib[\\/]server[\\/]db(-guard)?\.[jt]s:/.test(line),
  );
  return (ours ?? frames[0] ?? 'an unknown place').trim().replace(/^at /, '').replaceAll(`${process.cwd()}/`, '');
}

function deepError(): Error {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  const error = new Error();
  Error.stackTraceLimit = limit;
  return error;
}

const deepStack = () => deepError().stack ?? '';

function strict(): boolean {
  return process.env.NODE_ENV !== 'production' || process.env.DB_POOL_SIZE === '1';
}

function breach(site: string, message: string, fatal = true): void {
  store.dbGuardViolations ??= [];
  if (store.dbGuardViolations.length < 100) store.dbGuardViolations.push(message);
  if (strict() && fatal) throw new DbGuardError(message);
  if (strict()) return;
  store.dbGuardLogged ??= new Set();
  if (store.dbGuardLogged.has(site)) return;
  store.dbGuardLogged.add(site);
  log.error(`[db] ${message}`);
}

/** Breaches recorded since the last call (the test setup fails a test that leaves any, even caught ones). */
export function takeDbGuardViolations(): string[] {
  const taken = store.dbGuardViolations ?? [];
  store.dbGuardViolations = [];
  return taken;
}

/**
 * Marks the start of an interactive transaction (where `db.$transaction` is called); the returned
 * function runs its callback inside the guarded scope.
 */
export function openTransactionScope(): <Tx extends object, T>(tx: Tx, fn: (tx: Tx) => Promise<T>) => Promise<T> {
  const opened = deepError();
  return async (tx, fn) => {
    const current: Scope = { opened, open: true, running: new Set() };
    try {
      return await scope.run(current, () => fn(strict() ? trackQueries(tx, current) : tx));
    } finally {
      // Work the callback left running (a timer, a promise nobody awaited) may use the pool afterwards.
      current.open = false;
    }
  };
}

/** Throws (or logs) when called from inside an interactive transaction's callback. */
export function refuseInsideTransaction(what: string): void {
  const current = scope.getStore();
  if (!current?.open) return;
  const site = callSite();
  breach(
    site,
    `${what} used at ${site} while holding the transaction opened at ${callSite(current.opened.stack)}: ` +
      'pass its `tx` through, or move the call out of the transaction',
  );
}

/**
 * The transaction client, with each query started through it checked against the ones still running
 * (Prisma's queries start when awaited, so the check sits in `then`). Only where breaches are thrown
 * (tests, development, a pool of one): it costs a stack capture per query. Elsewhere such queries are
 * still kept apart by the per-connection chain of guardPool below.
 */
function trackQueries<Tx extends object>(tx: Tx, current: Scope): Tx {
  const wrap =
    (method: (...args: unknown[]) => PromiseLike<unknown>) =>
    (...args: unknown[]) => {
      const site = callSite();
      const query = method(...args);
      let started: PromiseLike<unknown> | undefined;
      const start = () => {
        if (!started) {
          if (current.open && current.running.size) {
            const others = [...current.running].join(', ');
            breach(
              site,
              `A query was started at ${site} while the same transaction was still running ${others}`,
              false,
            );
          }
          current.running.add(site);
          const done = () => current.running.delete(site);
          started = query.then(
            (value) => {
              done();
              return value;
            },
            (error) => {
              done();
              throw error;
            },
          );
        }
        return started;
      };
      return {
        // biome-ignore lint/suspicious/noThenProperty: a lazy promise, like Prisma's own
        then: (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) =>
          start().then(onFulfilled, onRejected),
        catch: (onRejected?: (e: unknown) => unknown) => start().then(undefined, onRejected),
        finally: (onFinally?: () => void) => Promise.resolve(start()).finally(onFinally),
        [Symbol.toStringTag]: 'PrismaPromise',
      };
    };
  const delegates = new Map<PropertyKey, unknown>();
  return new Proxy(tx, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value === 'function' && typeof prop === 'string' && prop.startsWith('$')) {
        return wrap(value.bind(target));
      }
      if (typeof prop !== 'string' || typeof value !== 'object' || value === null || prop.startsWith('$')) return value;
      if (!delegates.has(prop)) {
        delegates.set(
          prop,
          new Proxy(value, {
            get(model, name, r) {
              const m = Reflect.get(model, name, r);
              return typeof m === 'function' ? wrap(m.bind(model)) : m;
            },
          }),
        );
      }
      return delegates.get(prop);
    },
  });
}

/**
 * Installs both rules on a pool: no connection from inside a transaction, and one query at a time
 * per connection. The second is flow control rather than a check, because Prisma's query interpreter
 * itself loads the relations of one `select` in parallel on the transaction's connection; the
 * queries our own code starts at once on a transaction are reported by trackQueries above.
 */
export function guardPool(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => {
    refuseInsideTransaction('A pool connection');
    return connect(...args);
  }) as typeof pool.connect;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    let tail: Promise<unknown> = Promise.resolve();
    client.query = ((...args: unknown[]) => {
      // Callback and stream (Submittable) forms are the pool's own one-off queries: passed through.
      const first = args[0] as { submit?: unknown } | undefined;
      if (typeof args.at(-1) === 'function' || typeof first?.submit === 'function') return query(...args);
      const run = tail.then(() => query(...args));
      tail = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    }) as typeof client.query;
  });
  return pool;
}
