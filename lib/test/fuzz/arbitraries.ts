import fc from 'fast-check';
import type { Json } from '@/lib/api/openapi';

/**
 * Generated input for the fuzz test (issue 16): what an attacker sends, shaped by
 * what the OpenAPI document says each operation takes, so that it gets past the
 * guard and into validation and the services.
 */

/** The strings that broke things before: NUL, lone surrogates, controls, huge and odd text. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udc00',
    '\udbff\u0000',
    'ab\u202ecd',
    'a\u200bb',
    '\ufeff',
    '',
    ' ',
    '9'.repeat(400),
    '-1',
    '1e309',
    'NaN',
    'null',
    'true',
    '../../etc/passwd',
    '%00',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '😀',
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constant('a'.repeat(20_000)),
);

const hugeNumber = fc.constantFrom(
  0,
  -1,
  1.5,
  -0,
  1e308,
  -1e308,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER * 1000,
  Number.MIN_VALUE,
);

/** Arrays inside arrays `depth` levels deep: the parser and every walker must survive it. */
export const deepNesting = fc
  .integer({ min: 20, max: 500 })
  .chain((depth) => fc.constantFrom('array', 'object').map((kind) => nest(depth, kind)));

function nest(depth: number, kind: string): unknown {
  let value: unknown = 'leaf\u0000';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

/** Any JSON value at all: wrong types in every position. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hugeNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 5_000 }, (_, i) => i)) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
);

/** Resolves `#/components/schemas/X` references against the document's components. */
export function resolve(schema: Json | undefined, components: Record<string, Json>): Json {
  let s = schema ?? {};
  for (let i = 0; i < 10 && typeof s.$ref === 'string'; i++) {
    s = components[(s.$ref as string).split('/').pop()!] ?? {};
  }
  const variants = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (variants?.length) return resolve(variants.find((v) => v.type !== 'null') ?? variants[0], components);
  return s;
}

/** A value the schema would accept (roughly): a way past the first checks, into the service. */
export function plausible(
  schema: Json,
  components: Record<string, Json>,
  depth = 0,
  calm = false,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  if (Array.isArray(s.enum) && s.enum.length) return fc.constantFrom(...s.enum);
  if (s.const !== undefined) return fc.constant(s.const);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      if (s.format === 'email') return fc.emailAddress();
      if (s.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      if (s.format === 'uuid') return fc.uuid();
      return fc.string({ minLength: Number(s.minLength ?? 0), maxLength: Math.max(Number(s.minLength ?? 0), 20) });
    case 'integer':
      return fc.integer({ min: Number(s.minimum ?? -10), max: Number(s.maximum ?? 1000) });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(field(s.items as Json, components, depth + 1, calm), { maxLength: 3 });
    case 'object':
      return depth > 3 ? fc.constant({}) : objectOf(s, components, depth + 1, calm);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** One field: mostly plausible, sometimes hostile (never when `calm`). */
function field(schema: Json, components: Record<string, Json>, depth: number, calm: boolean): fc.Arbitrary<unknown> {
  if (calm) return plausible(schema, components, depth, true);
  return fc.oneof(
    { weight: 3, arbitrary: plausible(schema, components, depth) },
    { weight: 2, arbitrary: hostileValue },
  );
}

/** An object of the schema's properties (each maybe left out), plus unknown fields now and then. */
export function objectOf(
  schema: Json,
  components: Record<string, Json>,
  depth = 0,
  calm = false,
): fc.Arbitrary<unknown> {
  const s = resolve(schema, components);
  const properties = (s.properties ?? {}) as Record<string, Json>;
  const known = fc.record(
    Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, field(v, components, depth, calm)])),
    { requiredKeys: calm ? ((s.required ?? []) as string[]) : [] },
  );
  if (calm) return known;
  const unknown = fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'isSuperadmin', 'id', 'zz\u0000'),
    hostileValue,
    {
      maxKeys: 2,
    },
  );
  return fc
    .tuple(known, fc.option(unknown, { freq: 4 }))
    .map(([k, u]) => (u ? Object.assign(JSON.parse(JSON.stringify(u)), k) : k));
}

/** A body the document would accept (roughly): how a run gets past validation into the service. */
export function calmBodyOf(schema: Json | undefined, components: Record<string, Json>): fc.Arbitrary<string> {
  return (schema ? objectOf(schema, components, 0, true) : fc.constant({})).map((v) => JSON.stringify(v));
}

/** Documented query parameters with plausible values only. */
export function calmQueryOf(params: Json[], components: Record<string, Json>): fc.Arbitrary<string> {
  const named = fc.record(
    Object.fromEntries(params.map((p) => [p.name as string, plausible(p.schema as Json, components, 0, true)])),
    { requiredKeys: [] },
  );
  return named.map((values) =>
    Object.entries(values)
      .map(([k, v]) => `${encodeLoose(k)}=${encodeLoose(typeof v === 'string' ? v : JSON.stringify(v))}`)
      .join('&'),
  );
}

/** A request body: the documented shape with hostile fields, any JSON at all, or text that is not JSON. */
export function bodyOf(schema: Json | undefined, components: Record<string, Json>): fc.Arbitrary<string> {
  const shaped = schema ? objectOf(schema, components) : fc.constant({});
  return fc.oneof(
    { weight: 6, arbitrary: shaped.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 1_000, max: 100_000 }).map((n) => `{"a":${'['.repeat(n)}${']'.repeat(n)}}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('{"a":', '[1,2', '1e999999', '"\\ud800"', '{"name":"\\u0000"}', '\u0000') },
  );
}

/** `encodeURIComponent`, except that a lone surrogate goes as the (invalid) UTF-8 of CESU-8. */
export function encodeLoose(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.replace(/[\ud800-\udfff]/g, '%ED%A0%80').replace(/[^%\w.-]/g, (c) => encodeURIComponent(c));
  }
}

/** A query string: documented parameters with plausible or hostile values, unknown ones, broken %-escapes. */
export function queryOf(params: Json[], components: Record<string, Json>): fc.Arbitrary<string> {
  const named = fc.record(
    Object.fromEntries(
      params.map((p) => [
        p.name as string,
        fc.oneof(
          plausible(p.schema as Json, components).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
          hostileString,
        ),
      ]),
    ),
    { requiredKeys: [] },
  );
  const extra = fc.constantFrom('', 'zz=1', 'q=%zz', 'q=%', 'q=%ED%A0%80', 'q=%C0%80', 'page=%00', 'a%00=b');
  return fc.tuple(named, extra).map(([values, tail]) => {
    const parts = Object.entries(values).map(([k, v]) => `${encodeLoose(k)}=${encodeLoose(String(v))}`);
    if (tail) parts.push(tail);
    return parts.join('&');
  });
}
