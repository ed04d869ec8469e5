import { z } from 'zod';

export const PAGE_SIZE_MAX = 100;

/**
 * The list query every list endpoint and table shares. `sort` is checked against
 * the entity's whitelist: an unknown field is a 422, never silently ignored.
 */
export function listQuery<const F extends readonly [string, ...string[]]>(sortFields: F, defaultSort: string) {
  const allowed = sortFields.flatMap((f) => [f, `-${f}`]);
  return z.object({
    page: z.coerce.number().int().min(1, 'Pages start at 1').default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1, 'pageSize must be at least 1')
      .max(PAGE_SIZE_MAX, `pageSize is at most ${PAGE_SIZE_MAX}`)
      .default(25),
    q: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((v) => v || undefined),
    sort: z
      .string()
      .default(defaultSort)
      .refine((v) => allowed.includes(v), { message: `sort must be one of: ${allowed.join(', ')}` }),
  });
}

export type ListQuery = { page: number; pageSize: number; q?: string; sort: string };

export function parseSort(sort: string): { field: string; direction: 'asc' | 'desc' } {
  return sort.startsWith('-') ? { field: sort.slice(1), direction: 'desc' } : { field: sort, direction: 'asc' };
}

export function listResult<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    totalPages: z.number().int(),
  });
}

export interface ListResult<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}

export function toListResult<T>(data: T[], total: number, query: { page: number; pageSize: number }): ListResult<T> {
  return { data, page: query.page, pageSize: query.pageSize, total, totalPages: Math.ceil(total / query.pageSize) };
}

/** Our ids are UUIDs (newId): anything else in a path names nothing, and the route answers 404 without a query. */
export const IdParam = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Not an id');

/** An id inside a body: looked up, and a 404 or 422 from the service when it names nothing. */
export const IdRef = z.string().min(1).max(64);
