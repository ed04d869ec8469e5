import 'server-only';
import type { z } from 'zod';
import type { Access, Operation } from '@/lib/api/operation';
import { malformedFields, wellFormed } from '@/lib/schemas/text';
import { getAuthContext } from './auth/context';
import type { Principal, UserPrincipal } from './auth/principal';
import { AppError, errorResponse, invalid, notFound, zodFields } from './errors';
import { type OrgContext, requireOrg, requireSuperadmin, requireUser } from './guard';
import { readJsonBody } from './http/json-body';

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

type AuthArgs<A> = A extends { permission: string }
  ? { ctx: OrgContext; principal: Principal }
  : A extends 'public'
    ? { principal: Principal | null }
    : { principal: UserPrincipal };

export type RouteArgs<A, P, Q, B> = AuthArgs<A> & { params: Out<P>; query: Out<Q>; body: Out<B>; req: Request };

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/** A body behind the shared boundary (lib/schemas/text.ts): a malformed string is a 422 on its field. */
function parseBody<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = wellFormed(schema).safeParse(value);
  if (!result.success) throw invalid(zodFields(result.error));
  return result.data as z.output<T>;
}

/** Path ids and query strings: a NUL or an unpaired surrogate is a 400, before anything reads them. */
function refuseMalformed(where: 'path' | 'query string', value: Record<string, unknown>): void {
  const fields = malformedFields(value);
  if (fields) throw new AppError('invalid_request', `The ${where} contains a malformed character`, fields);
}

/** A path id that is not well-formed for its kind names nothing: 404, without a query. */
function parseParams<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw notFound();
  return result.data;
}

function parseQuery<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(zodFields(result.error));
  return result.data;
}

/** What an account with an admin-set password may still do: read itself, change the password, sign out. */
const WHILE_PASSWORD_MUST_CHANGE = new Set([
  'getMe',
  'changePassword',
  'listSessions',
  'revokeSession',
  'revokeOtherSessions',
]);

async function authorize(op: Operation, principal: Principal | null, params: Record<string, unknown>) {
  const access: Access = op.access;
  if (access === 'public') return { principal };
  const admission = { whilePasswordMustChange: WHILE_PASSWORD_MUST_CHANGE.has(op.id) };
  if (access === 'user') return { principal: requireUser(principal, admission) };
  if (access === 'superadmin') return { principal: requireSuperadmin(principal, admission) };
  const orgId = params.orgId;
  if (typeof orgId !== 'string') throw new Error(`${op.id}: org operations need {orgId} in the path`);
  const ctx = await requireOrg(principal, { id: orgId }, access.permission);
  return { principal: ctx.principal, ctx };
}

/** A route handler: parse -> guard -> service -> respond, errors mapped to the JSON envelope. */
export function defineRoute<
  A extends Access,
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(op: Operation<A, P, Q, B, R>, handler: (args: RouteArgs<A, P, Q, B>) => Promise<z.input<R> | Response | undefined>) {
  return async (req: Request, context?: RouteContext): Promise<Response> => {
    try {
      const rawParams = (await context?.params) ?? {};
      const rawQuery = Object.fromEntries(new URL(req.url).searchParams);
      refuseMalformed('path', rawParams);
      refuseMalformed('query string', rawQuery);
      const principal = await getAuthContext(req.headers, req.method);
      // Authorize before validating, so that an anonymous caller learns nothing from 422s.
      const auth = await authorize(op as Operation, principal, rawParams);
      const params = op.params ? parseParams(op.params, rawParams) : rawParams;
      const query = op.query ? parseQuery(op.query, rawQuery) : undefined;
      const body = op.body ? parseBody(op.body, await readJsonBody(req)) : undefined;
      const result = await handler({ ...auth, params, query, body, req } as unknown as RouteArgs<A, P, Q, B>);
      if (result instanceof Response) return result;
      const headers = { 'cache-control': 'no-store' };
      if (op.status === 204 || !op.response) return new Response(null, { status: op.status ?? 204, headers });
      return Response.json(op.response.parse(result), { status: op.status ?? 200, headers });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
