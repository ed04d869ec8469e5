import { Prisma } from '@/lib/generated/prisma/client';
import { queryRows } from '@/lib/server/db';

/** Up to this many matches are counted exactly; beyond, the planner's estimate is returned (totalIsEstimate). */
export const EXACT_COUNT_MAX = 10_000;
/**
 * When the planner expects more matches than this, no exact count is tried at all: counting the
 * first 10,001 rows of a million-member org costs more than the page itself (docs/decisions/006).
 */
export const ESTIMATE_ONLY_ABOVE = 2 * EXACT_COUNT_MAX;

/** Estimates are kept this long per query and values: a filter's EXPLAIN can cost more than its page. */
const ESTIMATE_TTL_MS = 60_000;
const ESTIMATES_KEPT = 1_000;
const estimates = new Map<string, { rows: number; at: number }>();

/** The planner's row estimate for `query` (planning only, no execution), reused for a minute. */
export async function planRows(query: Prisma.Sql): Promise<number> {
  const key = JSON.stringify([query.sql, query.values]);
  const now = Date.now();
  const kept = estimates.get(key);
  if (kept && now - kept.at < ESTIMATE_TTL_MS) return kept.rows;
  const plan = await queryRows<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    Prisma.sql`EXPLAIN (FORMAT JSON) ${query}`,
  );
  const rows = Math.round(plan[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0);
  estimates.delete(key);
  if (estimates.size >= ESTIMATES_KEPT) estimates.delete(estimates.keys().next().value as string);
  estimates.set(key, { rows, at: now });
  return rows;
}

export interface TotalInput {
  /** The exact count capped at EXACT_COUNT_MAX + 1, or null when it was skipped. */
  counted: number | null;
  /** The planner's estimate, when it was asked already. */
  estimate: number | null;
  /** Rows on this page, whether another page follows, and the page's offset (null for a keyset page). */
  shown: number;
  more: boolean;
  offset: number | null;
}

/**
 * The list's total. Exact when counted under the cap, or when this offset page is the last one
 * (then offset + rows is the total, whatever the estimate said); otherwise the estimate, never
 * below the cap it exceeded. `estimateOf` is asked only when no estimate is at hand yet.
 */
export async function resolveTotal(
  input: TotalInput,
  estimateOf: () => Promise<number>,
): Promise<{ total: number; totalIsEstimate: boolean }> {
  const { counted, shown, more, offset } = input;
  if (!more && offset !== null && (shown > 0 || offset === 0)) return { total: offset + shown, totalIsEstimate: false };
  if (counted !== null && counted <= EXACT_COUNT_MAX) return { total: counted, totalIsEstimate: false };
  const estimate = input.estimate ?? (await estimateOf());
  return { total: Math.max(estimate, EXACT_COUNT_MAX + 1), totalIsEstimate: true };
}
