import 'server-only';
import { headers } from 'next/headers';
import type { z } from 'zod';
import type { OrgOperation } from '@/lib/api/operation';
import { wellFormed } from '@/lib/schemas/text';
import { getAuthContext } from './auth/context';
import { type ErrorBody, errorBody, invalid, toAppError, zodFields } from './errors';
import { type OrgContext, requireOrg } from './guard';

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody['error'] };

/**
 * The body of every org-scoped server action: the same guard as the API route of
 * `op` (its permission is the only statement of who may do this), a zod schema,
 * and errors returned (not thrown) so forms can show field errors.
 */
export async function runAction<S extends z.ZodType, T>(
  op: OrgOperation,
  spec: { orgSlug: string; input: unknown; schema: S },
  fn: (ctx: OrgContext, input: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const principal = await getAuthContext(await headers(), 'POST');
    const ctx = await requireOrg(principal, { slug: spec.orgSlug }, op.access.permission);
    // The same boundary as the API's bodies (lib/schemas/text.ts).
    const parsed = wellFormed(spec.schema).safeParse(spec.input);
    if (!parsed.success) throw invalid(zodFields(parsed.error));
    return { ok: true, data: await fn(ctx, parsed.data as z.output<S>) };
  } catch (error) {
    return { ok: false, error: errorBody(toAppError(error)).error };
  }
}
