import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import type { AuditPage } from '@/lib/schemas/audit';
import { AppError, zodFields } from '@/lib/server/errors';
import { firstValues, parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';

/**
 * For the audit pages: the query from the URL (invalid filters dropped, their
 * messages returned for the form), and the page read with it. A stale or
 * hand-edited cursor starts again from the newest entry.
 */
export async function auditPageQuery<S extends z.ZodType<{ cursor?: string }>>(
  schema: S,
  raw: RawSearchParams,
  path: string,
  read: (query: z.output<S>) => Promise<AuditPage>,
) {
  const values = firstValues(raw);
  const checked = schema.safeParse(values);
  const errors = checked.success ? {} : zodFields(checked.error);
  const query = parseSearchParams(schema, raw);
  try {
    return { page: await read(query), errors, query };
  } catch (error) {
    if (error instanceof AppError && error.fields?.cursor) {
      const rest = new URLSearchParams(values);
      rest.delete('cursor');
      redirect(rest.size ? `${path}?${rest}` : path);
    }
    throw error;
  }
}
