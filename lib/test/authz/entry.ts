import type { Access } from '@/lib/api/operation';
import type { Who } from './access';
import type { Setup } from './samples';

/**
 * What the authorization suite calls, for every route under /api/v1: one line per
 * route file and method. A route without a line here, or a line without its route
 * or its operation, fails the suite. `access` is the operation's (routes.ts adds
 * it; nothing here restates it); `ok` is the exact status an allowed caller gets
 * with the sample from `setup`.
 */
export interface Entry {
  access: Access;
  ok: number;
  setup?: Setup;
  /** Bodies that are not JSON: a one-row CSV upload, or a PNG image. */
  send?: 'csv' | 'png';
  /** The answer is not JSON (CSV, image). */
  binary?: true;
  /** Where the service adds a rule of its own on top of the guard: the status it promises instead. */
  refine?: (who: Who, status: number) => number;
  /** The call ends the caller's other sessions: the cached credentials are made anew afterwards. */
  endsSessions?: true;
  /** The call changes the caller's role: put everyone back afterwards. */
  restoreRoles?: true;
  /** The calls share state (the caller's own profile, one template): run them one at a time. */
  serial?: true;
}

/** A line as the lists write it: everything but the access, which comes from the operation. */
export type Listed = Omit<Entry, 'access'>;

export const longPassword = 'a long enough passphrase';
