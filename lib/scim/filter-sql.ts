import { Prisma } from '@/lib/generated/prisma/client';
import { invalidFilter } from './errors';
import { type AttrPath, type CompareOp, type Filter, FilterError, parseFilter, type Value } from './filter';

const { sql, raw } = Prisma;
type Sql = Prisma.Sql;

/**
 * A filterable attribute: its SQL expression and type. Strings that are not case-exact are compared
 * lower-cased (the expression must already be lower-cased, to use the indexes built that way).
 */
export type AttrDef =
  | { type: 'string'; expr: Sql; caseExact?: boolean }
  | { type: 'boolean'; expr: Sql }
  | { type: 'dateTime'; expr: Sql }
  /** Multi-valued references (groups.value, members.value): only `eq` and `pr`; `exists(v)` gives the test. */
  | { type: 'reference'; exists: (value: string) => Sql; any: Sql };

export interface Schema {
  /** Attribute definitions keyed by lower-cased path: `username`, `name.givenname`, `emails.value`. */
  attrs: Record<string, AttrDef>;
  /** Schema URNs (lower-cased) and the key prefix their attributes get ('' for the core schema). */
  schemas: Record<string, string>;
  /** Multi-valued attributes named without a sub-attribute mean their `value`. */
  multi: string[];
}

export function keyOf(schema: Schema, path: AttrPath, parent?: string): string {
  let prefix = '';
  if (path.schema) {
    const p = schema.schemas[path.schema];
    if (p === undefined) throw invalidFilter(`Unknown schema ${path.schema}`);
    prefix = p;
  }
  const base = parent ? `${parent}.${path.attr}` : `${prefix}${path.attr}`;
  const key = path.sub ? `${base}.${path.sub}` : base;
  return schema.multi.includes(key) ? `${key}.value` : key;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function stringCompare(def: { expr: Sql; caseExact?: boolean }, op: CompareOp, value: Value, name: string): Sql {
  if (value === null) {
    if (op === 'eq') return sql`(${def.expr} IS NULL)`;
    if (op === 'ne') return sql`(${def.expr} IS NOT NULL)`;
    throw invalidFilter(`${name} ${op} null is not a comparison`);
  }
  if (typeof value !== 'string') throw invalidFilter(`${name} is a string: compare it with a quoted value`);
  const v = def.caseExact ? value : value.toLowerCase();
  switch (op) {
    case 'eq':
      return sql`(${def.expr} = ${v})`;
    case 'ne':
      return sql`(${def.expr} IS DISTINCT FROM ${v})`;
    case 'co':
      return sql`(${def.expr} LIKE ${`%${likeEscape(v)}%`})`;
    case 'sw':
      return sql`(${def.expr} LIKE ${`${likeEscape(v)}%`})`;
    case 'ew':
      return sql`(${def.expr} LIKE ${`%${likeEscape(v)}`})`;
    default:
      return sql`(${def.expr} ${raw({ gt: '>', ge: '>=', lt: '<', le: '<=' }[op])} ${v})`;
  }
}

function booleanOf(value: Value, name: string): boolean {
  // Entra ID and Okta send booleans as strings ("False") in places: accepted here too.
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  throw invalidFilter(`${name} is a boolean: compare it with true or false`);
}

function compare(def: AttrDef, op: CompareOp | 'pr', value: Value, name: string): Sql {
  if (def.type === 'reference') {
    if (op === 'pr') return sql`EXISTS (${def.any})`;
    if (op !== 'eq' || typeof value !== 'string') throw invalidFilter(`${name} supports only eq with an id, and pr`);
    return def.exists(value);
  }
  if (op === 'pr') {
    return def.type === 'string'
      ? sql`(${def.expr} IS NOT NULL AND ${def.expr} <> '')`
      : sql`(${def.expr} IS NOT NULL)`;
  }
  if (def.type === 'string') return stringCompare(def, op, value, name);
  if (def.type === 'boolean') {
    if (op !== 'eq' && op !== 'ne') throw invalidFilter(`${name} is a boolean: use eq or ne`);
    const b = booleanOf(value, name);
    return op === 'eq' ? sql`(${def.expr} = ${b})` : sql`(${def.expr} <> ${b})`;
  }
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw invalidFilter(`${name} is a dateTime: compare it with an ISO 8601 string`);
  }
  if (['co', 'sw', 'ew'].includes(op)) throw invalidFilter(`${name} is a dateTime: ${op} does not apply`);
  const at = new Date(value);
  const sym = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' }[op as 'eq'];
  return sql`(${def.expr} ${raw(sym)} ${at})`;
}

function compile(schema: Schema, f: Filter, parent?: string): Sql {
  switch (f.op) {
    case 'and':
      return sql`(${compile(schema, f.left, parent)} AND ${compile(schema, f.right, parent)})`;
    case 'or':
      return sql`(${compile(schema, f.left, parent)} OR ${compile(schema, f.right, parent)})`;
    case 'not':
      return sql`(NOT COALESCE(${compile(schema, f.filter, parent)}, false))`;
    case 'valuePath': {
      if (parent) throw invalidFilter('Value filters cannot be nested');
      const base = keyOf(schema, { ...f.path }).replace(/\.value$/, '');
      return compile(schema, f.filter, base);
    }
    default: {
      const key = keyOf(schema, f.path, parent);
      const def = schema.attrs[key];
      if (!def) throw invalidFilter(`Filtering on '${key}' is not supported`);
      return compare(def, f.op, f.op === 'pr' ? null : f.value, key);
    }
  }
}

/** The filter text as a SQL condition; a syntax error or an unsupported attribute is a 400 invalidFilter. */
export function filterSql(schema: Schema, text: string): Sql {
  try {
    return compile(schema, parseFilter(text));
  } catch (error) {
    if (error instanceof FilterError) throw invalidFilter(error.message);
    throw error;
  }
}

/** A parsed filter (PATCH value selectors) checked against one JSON value in memory. */
export function matchesValue(f: Filter, item: Record<string, unknown>): boolean {
  switch (f.op) {
    case 'and':
      return matchesValue(f.left, item) && matchesValue(f.right, item);
    case 'or':
      return matchesValue(f.left, item) || matchesValue(f.right, item);
    case 'not':
      return !matchesValue(f.filter, item);
    case 'valuePath':
      throw invalidFilter('Value filters cannot be nested');
    case 'pr':
      return item[f.path.attr] !== undefined && item[f.path.attr] !== null && item[f.path.attr] !== '';
    default: {
      const actual = Object.entries(item).find(([k]) => k.toLowerCase() === f.path.attr)?.[1];
      const a = typeof actual === 'string' ? actual.toLowerCase() : actual;
      const v = typeof f.value === 'string' ? f.value.toLowerCase() : f.value;
      if (f.op === 'eq') return a === v;
      if (f.op === 'ne') return a !== v;
      if (typeof a !== 'string' || typeof v !== 'string') return false;
      if (f.op === 'co') return a.includes(v);
      if (f.op === 'sw') return a.startsWith(v);
      if (f.op === 'ew') return a.endsWith(v);
      return { gt: a > v, ge: a >= v, lt: a < v, le: a <= v }[f.op];
    }
  }
}
