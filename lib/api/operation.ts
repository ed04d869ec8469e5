import type { z } from 'zod';
import type { Permission } from '@/lib/permissions';

/**
 * Who may call an operation:
 * - `public`: anyone;
 * - `user`: any signed-in user;
 * - `superadmin`: superadmins only (404 to everybody else);
 * - `{ permission }`: a member of the org in the path (`{orgId}`) holding that permission.
 */
export type Access = 'public' | 'user' | 'superadmin' | { permission: Permission };

/** One API operation: the single description that the route, the OpenAPI document and the authorization tests share. */
export interface Operation<
  A extends Access = Access,
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path under /api/v1, e.g. `/organizations/{orgId}/departments`. */
  path: string;
  summary: string;
  tag: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** Response body schema; omitted for 204. */
  response?: R;
  status?: 200 | 201 | 202 | 204;
  /** Media types other than JSON: a multipart upload body, or a CSV download (`response` is then z.string()). */
  bodyType?: 'multipart/form-data';
  responseType?: 'text/csv' | 'image/*';
  /** Extra error statuses the operation can answer beyond those implied by `access`. */
  errors?: number[];
  /** On a deprecated alias (an old path kept for existing clients): the operation it answers exactly like. */
  aliasOf?: Operation;
}

/** What a server action names: an operation that needs a permission in the org (its REST twin or an action-only one). */
export type OrgOperation = Pick<Operation<{ permission: Permission }>, 'id' | 'access'>;
/** What a superadmin server action names. */
export type PlatformOperation = Pick<Operation<'superadmin'>, 'id' | 'access'>;

export function defineOperation<
  const A extends Access,
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
>(op: Operation<A, P, Q, B, R>): Operation<A, P, Q, B, R> {
  return op;
}

/**
 * A deprecated alias of `op` at an older `path`: the same access and schemas, served by the same
 * handlers (the alias route file re-exports the canonical one); the OpenAPI document marks it deprecated.
 */
export function aliasOperation<T extends Operation>(op: T, path: string, id: string): T {
  return { ...op, id, path, aliasOf: op };
}
