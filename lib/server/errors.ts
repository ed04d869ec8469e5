import { ZodError } from 'zod';
import { log } from './observability/log';

export type ErrorCode =
  | 'invalid_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'validation_failed'
  | 'precondition_failed'
  | 'rate_limited'
  | 'internal'
  // Two-factor authentication (docs/decisions/011): a sign-in needs its second step; an org
  // requires a second factor the caller has not set up; a sensitive change needs a recent confirmation.
  | 'mfa_required'
  | 'mfa_enrollment_required'
  | 'confirmation_required'
  // An admin set this account's password: until its holder changes it, nothing else is open (lib/server/guard.ts).
  | 'password_change_required';

export const statusOf: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal: 500,
  mfa_required: 401,
  mfa_enrollment_required: 403,
  confirmation_required: 403,
  password_change_required: 403,
};

export type FieldErrors = Record<string, string[]>;

/** The one error type services throw. It never carries HTTP details beyond its code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly retryAfterSeconds?: number,
    /** Top-level members of the reply beside `error` (the `mfaToken` of `mfa_required`). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You do not have permission to do this') => new AppError('forbidden', message);
export const unauthenticated = (message = 'Authentication required') => new AppError('unauthenticated', message);
export const conflict = (message: string, fields?: FieldErrors) => new AppError('conflict', message, fields);
export const invalid = (fields: FieldErrors, message = 'Some fields are invalid') =>
  new AppError('validation_failed', message, fields);

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldErrors };
}

export function zodFields(error: ZodError, prefix: (string | number)[] = []): FieldErrors {
  // No prototype: a field called `constructor` or `__proto__` is a field like any other.
  const fields: FieldErrors = Object.create(null);
  for (const issue of error.issues) {
    const key = [...prefix, ...issue.path].map(String).join('.') || '_';
    fields[key] ??= [];
    fields[key].push(issue.message);
  }
  // A plain object again (React hands server action results only as plain objects to the client);
  // fromEntries defines `__proto__` as an own field rather than setting the prototype.
  return Object.fromEntries(Object.entries(fields));
}

/**
 * A unique index refused the write (someone else took the value first): Prisma's P2002, or
 * PostgreSQL's 23505 from inside a raw query. The one test; each service words its own conflict.
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; meta?: { code?: unknown }; message?: unknown } | null;
  if (typeof e !== 'object' || e === null) return false;
  const message = typeof e.message === 'string' ? e.message : '';
  return e.code === 'P2002' || e.meta?.code === '23505' || /\b23505\b|unique constraint/i.test(message);
}

function prismaError(error: unknown): AppError | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code?: unknown }).code;
  if (isUniqueViolation(error)) return new AppError('conflict', 'A record with these values already exists');
  if (code === 'P2025') return new AppError('not_found', 'Resource not found');
  if (code === 'P2003') return new AppError('conflict', 'The record is still referenced by other records');
  return undefined;
}

/** Maps anything thrown to an AppError; unknown errors become `internal` and are logged, never shown. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return invalid(zodFields(error));
  const mapped = prismaError(error);
  if (mapped) return mapped;
  log.error(`[internal error] ${error instanceof Error ? error.message : String(error)}`, { err: error });
  return new AppError('internal', 'Something went wrong on our side');
}

export function errorBody(error: AppError): ErrorBody {
  return {
    ...error.extra,
    error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
  };
}

export function errorResponse(thrown: unknown): Response {
  const error = toAppError(thrown);
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (error.retryAfterSeconds) headers['retry-after'] = String(error.retryAfterSeconds);
  return Response.json(errorBody(error), { status: statusOf[error.code], headers });
}
