import type { z } from 'zod';

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of each parameter (a repeated `?q=a&q=b` keeps `a`). */
export function firstValues(raw: RawSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[key] = first;
  }
  return out;
}

/**
 * Parses a page's search params with a list-query schema. A hand-edited URL
 * must never crash the page: each invalid parameter falls back to its default.
 */
export function parseSearchParams<S extends z.ZodType>(schema: S, raw: RawSearchParams): z.output<S> {
  const values: Record<string, unknown> = firstValues(raw);
  for (let attempt = 0; attempt < 10; attempt++) {
    const parsed = schema.safeParse(values);
    if (parsed.success) return parsed.data;
    const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
    if (bad.has('') || ![...bad].some((key) => key in values)) break;
    for (const key of bad) delete values[key];
  }
  return schema.parse({});
}
