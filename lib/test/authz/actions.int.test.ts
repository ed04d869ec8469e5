import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Access } from '@/lib/api/operation';
import type { ErrorCode } from '@/lib/server/errors';
import { asRequest } from '@/lib/test/next-headers';
import { actionFiles, actionsOf } from '@/lib/test/route-files';
import { type Caller, callers, expectedStatus } from './access';
import { type AuthzFixture, makeAuthzFixture } from './fixture';

// Issue 20: every server action names the operation whose permission it needs (runAction(op, …)),
// and this suite drives each one with every caller and expects what that operation's access rule
// promises, as the route table does for the API. The real guards run: the spies below only note
// which operation an action named and whether its body was reached.
interface Call {
  access?: Access;
  reached: boolean;
}
const calls = vi.hoisted(() => [] as Call[]);

vi.mock('@/lib/server/action', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/server/action')>();
  const runAction: typeof real.runAction = (op, spec, fn) => {
    const call: Call = { access: op?.access, reached: false };
    calls.push(call);
    return real.runAction(op, spec, (ctx, input) => {
      call.reached = true;
      return fn(ctx, input);
    });
  };
  return { ...real, runAction };
});
vi.mock('@/lib/server/admin-action', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/server/admin-action')>();
  const runAdminAction: typeof real.runAdminAction = (op, spec, fn) => {
    const call: Call = { access: op?.access, reached: false };
    calls.push(call);
    return real.runAdminAction(op, spec, (principal, input) => {
      call.reached = true;
      return fn(principal, input);
    });
  };
  return { ...real, runAdminAction };
});

/** The error code each refusal of the guard answers with. */
const refusal: Record<number, ErrorCode> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

let f: AuthzFixture;
beforeAll(async () => {
  f = await makeAuthzFixture();
});

/** Calls one action as one caller, with the org's slug first and junk after it (the guard runs before any input is read). */
async function drive(caller: Caller, action: (...args: unknown[]) => Promise<unknown>) {
  const creds = caller === 'anonymous' ? {} : await f.auth(caller, 'cookie');
  const headers: Record<string, string> = { ...creds.headers, ...(creds.cookie ? { cookie: creds.cookie } : {}) };
  calls.length = 0;
  const result = await asRequest(headers, () => action(f.orgA.org.slug, {}, {}, {})).catch((error: unknown) => ({
    thrown: error,
  }));
  return { result: result as { ok?: boolean; error?: { code: ErrorCode } }, calls: [...calls] };
}

const files = actionFiles();

describe('every server action × every caller answers as its operation promises', () => {
  it('finds the server actions', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
  });

  it.each(files.map((file) => [path.relative(process.cwd(), file), file]))('%s', async (_name, file) => {
    const actions = await actionsOf(file);
    expect(actions.length).toBeGreaterThan(0);
    for (const [name, action] of actions) {
      for (const caller of callers) {
        const { result, calls: seen } = await drive(caller, action);
        const label = `${name} as ${caller}: ${JSON.stringify(result)}`;
        // One guarded call per action, naming an operation.
        expect(seen, label).toHaveLength(1);
        const [call] = seen as [Call];
        expect(call.access, label).toBeDefined();
        const credential = caller === 'anonymous' ? 'none' : 'cookie';
        const status = expectedStatus(call.access!, f.who(caller, credential), 200);
        if (status === 200) {
          // Let through: the body ran, or the input (junk here) was refused after the guard.
          expect(call.reached || result.error?.code === 'validation_failed', label).toBe(true);
        } else {
          expect(call.reached, label).toBe(false);
          expect(result, label).toMatchObject({ ok: false, error: { code: refusal[status] } });
        }
      }
    }
  });
});
