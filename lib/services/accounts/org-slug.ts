import { randomBytes } from 'node:crypto';
import type { Tx } from '@/lib/server/db';

const MAX_BASE = 40;

/** "Café & Co." -> "cafe-co": lower-case ASCII letters, digits and single dashes. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE)
    .replace(/^-+|-+$/g, '');
  return slug || 'org';
}

/** The name's slug, or the slug with the lowest free `-2`, `-3`... suffix. */
export async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (
      await tx.organization.findMany({
        where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
        select: { slug: true },
      })
    ).map((o) => o.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; n < 1000; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${randomBytes(4).toString('hex')}`;
}

/** A slug that cannot collide, for the retry after a concurrent sign-up took the one we chose. */
export const randomSlug = (name: string) => `${slugify(name)}-${randomBytes(3).toString('hex')}`;
