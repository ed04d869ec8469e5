import { invalidValue } from './errors';

/**
 * `attributes` / `excludedAttributes` (RFC 7644 §3.4.2.5) on a resource: `id`, `schemas` and `meta`
 * are always returned; names are case-insensitive, may carry the schema URN, and may name a
 * sub-attribute (`name.givenName`).
 */
export interface Projection {
  include: string[] | null;
  exclude: string[];
}

const ALWAYS = new Set(['id', 'schemas', 'meta']);

function names(value: string | null, schemas: string[]): string[] {
  if (!value) return [];
  return value.split(',').map((raw) => {
    let name = raw.trim();
    for (const s of schemas)
      if (name.toLowerCase().startsWith(`${s.toLowerCase()}:`)) name = `${s}:${name.slice(s.length + 1)}`;
    if (!name) throw invalidValue('attributes: empty attribute name');
    return name.toLowerCase();
  });
}

export function projectionOf(url: URL, schemas: string[]): Projection {
  const include = names(url.searchParams.get('attributes'), schemas);
  return {
    include: include.length > 0 ? include : null,
    exclude: names(url.searchParams.get('excludedAttributes'), schemas),
  };
}

function pick(obj: Record<string, unknown>, wanted: string[], prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = `${prefix}${k.toLowerCase()}`;
    if (ALWAYS.has(key) || wanted.includes(key)) out[k] = v;
    else if (
      v &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      wanted.some((w) => w.startsWith(`${key}.`) || w.startsWith(`${key}:`))
    ) {
      out[k] = pick(v as Record<string, unknown>, wanted, k.includes(':') ? `${key}:` : `${key}.`);
    }
  }
  return out;
}

function drop(obj: Record<string, unknown>, unwanted: string[], prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = `${prefix}${k.toLowerCase()}`;
    if (!ALWAYS.has(key) && unwanted.includes(key)) continue;
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v)
        ? drop(v as Record<string, unknown>, unwanted, k.includes(':') ? `${key}:` : `${key}.`)
        : v;
  }
  return out;
}

export function project(resource: Record<string, unknown>, p: Projection): Record<string, unknown> {
  if (p.include) return pick(resource, p.include);
  if (p.exclude.length > 0) return drop(resource, p.exclude);
  return resource;
}

/** Whether the reply needs `name` at all (to skip work for attributes nobody asked for). */
export function wants(p: Projection, name: string): boolean {
  if (p.include) return p.include.some((i) => i === name || i.startsWith(`${name}.`));
  return !p.exclude.includes(name);
}
