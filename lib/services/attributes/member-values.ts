import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AttributeType, AttributeValue, MemberAttributes } from '@/lib/schemas/attribute';
import { db, queryRows, type Tx } from '@/lib/server/db';
import { type FieldErrors, invalid } from '@/lib/server/errors';

/**
 * Members' attribute values: the one module every writer uses (member API and forms, the
 * own-profile form, bulk import, onboarding forms). Callers validate with the definitions,
 * save inside their own transaction, and put what saveMemberAttributes returns in their audit entry.
 */

export interface AttributeDefinition {
  id: string;
  key: string;
  label: string;
  dataType: AttributeType;
  required: boolean;
  selfEditable: boolean;
  filterable: boolean;
  /** Active values of a choice attribute, in order. */
  options: { value: string; label: string }[];
}

export interface ValidatedAttribute {
  attributeId: string;
  key: string;
  /** null clears the member's value. */
  value: AttributeValue | null;
}

/**
 * The org's active attributes, with labels and values after inheritance. Only active values
 * unless `withInactiveValues` (filters: members keep a value that was deactivated).
 * One query, as the members list reads it on every filtered request: it applies the rule of
 * effective.ts (a following attribute takes its default's definition and values) in SQL; a test
 * checks it against loadAttributes.
 */
export async function getAttributeDefinitions(
  orgId: string,
  client: Tx = db,
  opts: { withInactiveValues?: boolean } = {},
): Promise<AttributeDefinition[]> {
  const activeOnly = opts.withInactiveValues ? Prisma.empty : Prisma.sql`AND o.status = 'active'`;
  const statement = Prisma.sql`
    SELECT a.id, a.key, s.label, a.data_type::text AS "dataType", s.required, s.self_editable AS "selfEditable",
           s.filterable,
           COALESCE((SELECT json_agg(json_build_object('value', o.value, 'label', o.label) ORDER BY o.position, o.value)
                       FROM attribute_options o WHERE o.attribute_id = s.id ${activeOnly}), '[]'::json) AS options
      FROM attributes a
      JOIN attributes s ON s.id = CASE WHEN a.inherits_from_id IS NOT NULL AND NOT a.overridden
                                       THEN a.inherits_from_id ELSE a.id END
     WHERE a.organization_id = ${orgId} AND s.status = 'active'
     ORDER BY a.created_at, a.id`;
  // Outside a transaction, straight on the pool: the members list reads this on every filtered request.
  return client === db ? queryRows<AttributeDefinition>(statement) : client.$queryRaw<AttributeDefinition[]>(statement);
}

const TEXT_MAX = 500;
const isEmpty = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

function choose(def: AttributeDefinition, raw: string): string | undefined {
  const s = raw.trim().toLowerCase();
  return def.options.find((o) => o.value.toLowerCase() === s || o.label.toLowerCase() === s)?.value;
}

/** One value, normalized, or the message saying what is wrong with it. */
function normalize(def: AttributeDefinition, raw: unknown): { value: AttributeValue } | { error: string } {
  const choices = () => `Choose one of: ${def.options.map((o) => o.label).join(', ') || '(no values yet)'}`;
  switch (def.dataType) {
    case 'text':
      if (typeof raw !== 'string' && typeof raw !== 'number') return { error: 'Enter text' };
      if (String(raw).trim().length > TEXT_MAX) return { error: `At most ${TEXT_MAX} characters` };
      return { value: String(raw).trim() };
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
      return Number.isFinite(n) ? { value: n } : { error: 'Enter a number' };
    }
    case 'date': {
      const s = typeof raw === 'string' ? raw.trim() : '';
      const ok = /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
      return ok ? { value: s } : { error: 'Use a date like 2026-01-31' };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      const s = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
      if (['true', 'yes', '1'].includes(s)) return { value: true };
      if (['false', 'no', '0'].includes(s)) return { value: false };
      return { error: 'Use true or false' };
    }
    case 'single_choice': {
      const v = typeof raw === 'string' ? choose(def, raw) : undefined;
      return v ? { value: v } : { error: choices() };
    }
    case 'multi_choice': {
      // A CSV cell holds several values separated by ; or ,
      const list = Array.isArray(raw)
        ? raw
        : typeof raw === 'string'
          ? raw.split(/[;,]/).filter((s) => s.trim())
          : null;
      if (!list || list.some((x) => typeof x !== 'string')) return { error: choices() };
      const values = (list as string[]).map((x) => choose(def, x));
      if (values.some((v) => v === undefined)) return { error: choices() };
      const set = new Set(values as string[]);
      return { value: def.options.map((o) => o.value).filter((v) => set.has(v)) };
    }
  }
}

/**
 * Checks `input` (key -> value) against the definitions. Pure: returns the normalized values
 * to save, or throws AppError 422 with `fields['attributes.<key>']` (prefix configurable).
 * - selfService: a member editing their own profile may only set self-editable attributes;
 * - requireAll: every required attribute must have a value (creating a member); otherwise
 *   only the given keys are checked, and clearing a required one is refused.
 */
export function validateMemberAttributes(
  defs: AttributeDefinition[],
  input: Record<string, unknown> | null | undefined,
  options: { selfService?: boolean; requireAll?: boolean; prefix?: string } = {},
): ValidatedAttribute[] {
  const prefix = options.prefix ?? 'attributes';
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const errors: FieldErrors = {};
  const out: ValidatedAttribute[] = [];
  const given = input ?? {};
  for (const [key, raw] of Object.entries(given)) {
    const def = byKey.get(key);
    const fail = (message: string) => {
      errors[`${prefix}.${key}`] = [message];
    };
    if (!def) {
      fail('Unknown attribute');
      continue;
    }
    if (options.selfService && !def.selfEditable) {
      fail(`${def.label} can only be changed by an administrator`);
      continue;
    }
    if (isEmpty(raw)) {
      if (def.required) fail(`${def.label} is required`);
      else out.push({ attributeId: def.id, key, value: null });
      continue;
    }
    const result = normalize(def, raw);
    if ('error' in result) fail(result.error);
    else out.push({ attributeId: def.id, key, value: result.value });
  }
  if (options.requireAll) {
    for (const def of defs) {
      if (def.required && !(def.key in given)) errors[`${prefix}.${def.key}`] = [`${def.label} is required`];
    }
  }
  if (Object.keys(errors).length > 0) throw invalid(errors);
  return out;
}

const toTexts = (value: AttributeValue | null): string[] =>
  value === null ? [] : Array.isArray(value) ? value : [typeof value === 'string' ? value : String(value)];

function fromTexts(dataType: AttributeType, texts: string[]): AttributeValue {
  if (dataType === 'multi_choice') return texts;
  const [t = ''] = texts;
  if (dataType === 'number') return Number(t);
  if (dataType === 'boolean') return t === 'true';
  return t;
}

/** Values kept for later (an invitation's, an import row's): key -> the texts stored per value; null: none. */
export type StoredValues = Record<string, string[]>;

export function toStored(values: ValidatedAttribute[]): StoredValues | null {
  const out: StoredValues = {};
  for (const v of values) if (v.value !== null) out[v.key] = toTexts(v.value);
  return Object.keys(out).length > 0 ? out : null;
}

/**
 * Kept values as they apply now: those of attributes still active, for choice types only the
 * values the attribute still has (deactivated ones included, as members keep those). Pass
 * definitions read with `withInactiveValues`.
 */
export function fromStored(defs: AttributeDefinition[], stored: StoredValues | null): ValidatedAttribute[] {
  const out: ValidatedAttribute[] = [];
  for (const [key, raw] of Object.entries(stored ?? {})) {
    const def = defs.find((d) => d.key === key);
    if (!def || !Array.isArray(raw)) continue;
    const choice = def.dataType === 'single_choice' || def.dataType === 'multi_choice';
    const texts = raw.filter((t) => typeof t === 'string' && (!choice || def.options.some((o) => o.value === t)));
    if (texts.length > 0) out.push({ attributeId: def.id, key, value: fromTexts(def.dataType, texts) });
  }
  return out;
}

/**
 * Replaces the member's values of the given attributes (null clears). Returns the values before
 * and after of those that changed, for the caller's audit entry.
 */
export async function saveMemberAttributes(
  tx: Tx,
  args: { orgId: string; userId: string; values: ValidatedAttribute[] },
): Promise<{ before: Record<string, AttributeValue | null>; after: Record<string, AttributeValue | null> }> {
  const { orgId, userId, values } = args;
  const before: Record<string, AttributeValue | null> = {};
  const after: Record<string, AttributeValue | null> = {};
  if (values.length === 0) return { before, after };
  const ids = values.map((v) => v.attributeId);
  const existing = await tx.memberAttributeValue.findMany({
    where: { organizationId: orgId, userId, attributeId: { in: ids } },
    select: { attributeId: true, valueText: true },
  });
  for (const v of values) {
    const old = existing.filter((e) => e.attributeId === v.attributeId).map((e) => e.valueText);
    const next = toTexts(v.value);
    if ([...old].sort().join('\u0000') === [...next].sort().join('\u0000')) continue;
    before[v.key] = old.length === 0 ? null : Array.isArray(v.value) ? old : (old[0] ?? null);
    after[v.key] = v.value;
    await tx.memberAttributeValue.deleteMany({ where: { organizationId: orgId, userId, attributeId: v.attributeId } });
    if (next.length > 0) {
      await tx.memberAttributeValue.createMany({
        data: next.map((valueText) => ({ organizationId: orgId, userId, attributeId: v.attributeId, valueText })),
      });
    }
  }
  return { before, after };
}

/** The values of the org's active attributes for these members: userId -> { key: value }. */
export async function readMemberAttributes(
  client: Tx,
  orgId: string,
  userIds: string[],
  defs?: AttributeDefinition[],
): Promise<Map<string, MemberAttributes>> {
  const out = new Map<string, MemberAttributes>(userIds.map((id) => [id, {}]));
  if (userIds.length === 0) return out;
  const definitions = defs ?? (await getAttributeDefinitions(orgId, client));
  if (definitions.length === 0) return out;
  const byId = new Map(definitions.map((d) => [d.id, d]));
  const rows = await client.memberAttributeValue.findMany({
    where: { organizationId: orgId, userId: { in: userIds }, attributeId: { in: [...byId.keys()] } },
    select: { userId: true, attributeId: true, valueText: true },
  });
  const grouped = new Map<string, string[]>();
  for (const r of rows) {
    const k = `${r.userId}\u0000${r.attributeId}`;
    grouped.set(k, [...(grouped.get(k) ?? []), r.valueText]);
  }
  for (const [k, texts] of grouped) {
    const [userId = '', attributeId = ''] = k.split('\u0000');
    const def = byId.get(attributeId);
    const values = out.get(userId);
    if (!def || !values) continue;
    if (def.dataType === 'multi_choice') {
      // In the attribute's order (values since deactivated go last).
      const order = def.options.map((o) => o.value);
      texts.sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9));
    }
    values[def.key] = fromTexts(def.dataType, texts);
  }
  return out;
}

/** A member read with its attribute values. */
export async function withAttributes<T extends { userId: string }>(
  client: Tx,
  orgId: string,
  member: T,
): Promise<T & { attributes: MemberAttributes }> {
  const values = await readMemberAttributes(client, orgId, [member.userId]);
  return { ...member, attributes: values.get(member.userId) ?? {} };
}
