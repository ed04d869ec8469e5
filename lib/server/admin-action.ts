import 'server-only';
import { headers } from 'next/headers';
import type { z } from 'zod';
import type { PlatformOperation } from '@/lib/api/operation';
import { wellFormed } from '@/lib/schemas/text';
import type { ActionResult } from './action';
import { getAuthContext } from './auth/context';
import type { UserPrincipal } from './auth/principal';
import { errorBody, invalid, toAppError, zodFields } from './errors';
import { requireSuperadmin } from './guard';

/**
 * The body of every superadmin server action (runAction's platform twin): `op` names
 * what it does, as in runAction; the same guard as the superadmin API routes (404 to everybody else), the same zod schema,
 * and errors returned (not thrown) so forms can show field errors.
 */
export async function runAdminAction<S extends z.ZodType, T>(
  _op: PlatformOperation,
  spec: { input: unknown; schema: S },
  fn: (principal: UserPrincipal, input: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    const principal = requireSuperadmin(await getAuthContext(await headers(), 'POST'));
    // The same boundary as the API's bodies (lib/schemas/text.ts).
    const parsed = wellFormed(spec.schema).safeParse(spec.input);
    if (!parsed.success) throw invalid(zodFields(parsed.error));
    return { ok: true, data: await fn(principal, parsed.data as z.output<S>) };
  } catch (error) {
    return { ok: false, error: errorBody(toAppError(error)).error };
  }
}
