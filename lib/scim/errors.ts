import { AppError, isUniqueViolation, statusOf, toAppError } from '@/lib/server/errors';

export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

/** An error in SCIM's own shape (RFC 7644 §3.12). */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly scimType: ScimType | null,
    detail: string,
  ) {
    super(detail);
  }
}

export const invalidFilter = (detail: string) => new ScimError(400, 'invalidFilter', detail);
export const invalidPath = (detail: string) => new ScimError(400, 'invalidPath', detail);
export const invalidValue = (detail: string) => new ScimError(400, 'invalidValue', detail);
export const invalidSyntax = (detail: string) => new ScimError(400, 'invalidSyntax', detail);
export const noTarget = (detail: string) => new ScimError(400, 'noTarget', detail);
export const mutability = (detail: string) => new ScimError(400, 'mutability', detail);
export const uniqueness = (detail: string) => new ScimError(409, 'uniqueness', detail);
export const scimNotFound = (what: string) => new ScimError(404, null, `${what} not found`);

/** For `.catch`: a service's conflict (or a unique violation) becomes 409 uniqueness, worded by `detail`. */
export const conflictAsUniqueness =
  (detail?: string) =>
  (error: unknown): never => {
    if ((error instanceof AppError && error.code === 'conflict') || isUniqueViolation(error)) {
      throw uniqueness(detail ?? (error as Error).message);
    }
    throw error;
  };

export const isScimNotFound = (error: unknown) => error instanceof ScimError && error.status === 404;

/** Maps what the services throw (AppError, Zod, Prisma) to a ScimError; internals stay hidden. */
export function toScimError(thrown: unknown): ScimError {
  if (thrown instanceof ScimError) return thrown;
  const e = toAppError(thrown);
  if (e.code === 'validation_failed' || e.code === 'invalid_request') {
    const fields = e.fields ? Object.entries(e.fields).map(([k, v]) => `${k}: ${v.join(' ')}`) : [];
    return new ScimError(
      400,
      e.code === 'invalid_request' ? 'invalidSyntax' : 'invalidValue',
      [e.message, ...fields].join('; '),
    );
  }
  return new ScimError(statusOf[e.code], null, e.code === 'internal' ? 'Internal error' : e.message);
}

export function scimErrorResponse(error: ScimError): Response {
  return Response.json(
    {
      schemas: [ERROR_SCHEMA],
      status: String(error.status),
      ...(error.scimType ? { scimType: error.scimType } : {}),
      detail: error.message,
    },
    { status: error.status, headers: { 'content-type': 'application/scim+json', 'cache-control': 'no-store' } },
  );
}
