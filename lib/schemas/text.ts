import { z } from 'zod';
import type { FieldErrors } from '@/lib/server/errors';

/**
 * The input boundary every door shares (docs/decisions/015): route bodies, query
 * strings and path ids, server actions, CSV/XLSX cells and upload metadata all
 * pass through `wellFormed` (or `malformedFields`) before their own schema, so no
 * schema has to remember it. PostgreSQL refuses U+0000 in text, and an unpaired
 * UTF-16 surrogate cannot be stored as UTF-8: such strings are refused here,
 * never sent to a query.
 */
export const MALFORMED_TEXT = 'Contains a NUL character or an unpaired surrogate';
/** Deeper JSON than this is refused: no field of ours nests more than a few levels. */
export const MAX_DEPTH = 32;
export const TOO_DEEP = `Nested more than ${MAX_DEPTH} levels deep`;

// U+0000, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding U+0000 is the point
const MALFORMED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isWellFormedText(value: string): boolean {
  return !MALFORMED.test(value);
}

/** `value` with every NUL and unpaired surrogate replaced by U+FFFD: safe to store beside a refusal. */
export function toWellFormedText(value: string): string {
  return isWellFormedText(value) ? value : value.replace(new RegExp(MALFORMED.source, 'g'), '\uFFFD');
}

/**
 * The paths (`a.b.0`) of every malformed string in `value`, object keys included,
 * and of anything nested deeper than MAX_DEPTH. Iterative: hostile nesting cannot
 * overflow the stack.
 */
export function malformedFields(value: unknown, prefix: (string | number)[] = []): FieldErrors | null {
  // No prototype: a field called `constructor` or `__proto__` is a field like any other.
  const fields: FieldErrors = Object.create(null);
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: prefix }];
  const add = (path: (string | number)[], message: string) => {
    const key = path.map(String).join('.') || '_';
    fields[key] ??= [];
    if (!fields[key].includes(message)) fields[key].push(message);
  };
  while (stack.length > 0) {
    const next = stack.pop()!;
    const item = next.value;
    if (typeof item === 'string') {
      if (!isWellFormedText(item)) add(next.path, MALFORMED_TEXT);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    if (next.path.length - prefix.length >= MAX_DEPTH) {
      add(next.path, TOO_DEEP);
      continue;
    }
    for (const [key, child] of Object.entries(item)) {
      // A malformed key is named by a well-formed stand-in: the message must itself be storable and printable.
      const safeKey = toWellFormedText(key);
      if (safeKey !== key) add([...next.path, safeKey], MALFORMED_TEXT);
      stack.push({ value: child, path: [...next.path, Array.isArray(item) ? Number(key) : safeKey] });
    }
  }
  // A plain object again, as in zodFields (lib/server/errors.ts).
  return Object.keys(fields).length > 0 ? Object.fromEntries(Object.entries(fields)) : null;
}

/** `schema`, behind the boundary: malformed strings anywhere in the input are a 422 on their field. */
export function wellFormed<T extends z.ZodType>(schema: T) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      const fields = malformedFields(value);
      if (!fields) return;
      for (const [path, messages] of Object.entries(fields))
        for (const message of messages)
          ctx.addIssue({ code: 'custom', message, path: path === '_' ? [] : path.split('.') });
    })
    .pipe(schema);
}

// Bidi embeddings, overrides and isolates, the bidi marks, and the zero-width and invisible joiners.
const INVISIBLE = /[\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
export const INVISIBLE_TEXT = 'Must not contain invisible or text-direction control characters';

/**
 * A name shown to other people (a person's, an organization's, a department's, a
 * role's): trimmed, between 1 and `max` characters, without bidi or zero-width
 * controls that could make it read as something else.
 */
export function nameText(label: string, max: number) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`)
    .refine((v) => !INVISIBLE.test(v), INVISIBLE_TEXT);
}

/** The same rule for a name that may be left empty. */
export function optionalNameText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Must be at most ${max} characters`)
    .refine((v) => !INVISIBLE.test(v), INVISIBLE_TEXT);
}

export function hasInvisibleControls(value: string): boolean {
  return INVISIBLE.test(value);
}
