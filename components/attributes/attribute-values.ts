import type { AttributeValue, MemberAttributes } from '@/lib/schemas/attribute';
import type { AttributeFieldDef } from './attribute-fields';

/** What AttributeFields' controls hold: text (text, number, date, single choice), a checkbox, or several choices. */
export type AttributeFormValue = string | boolean | string[];

/** A member's values as the form's default values (`attributes.<key>`). */
export function toFormValues(
  defs: AttributeFieldDef[],
  values: MemberAttributes | undefined,
): Record<string, AttributeFormValue> {
  return Object.fromEntries(
    defs.map((d) => {
      const v = values?.[d.key];
      if (d.dataType === 'boolean') return [d.key, v === true];
      if (d.dataType === 'multi_choice') return [d.key, Array.isArray(v) ? v : []];
      return [d.key, v === undefined || v === null ? '' : String(v)];
    }),
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Only the attributes the user changed, for PATCH semantics (an untouched empty required
 * attribute is not sent, so editing a name never fails on it). The server validates them.
 */
export function changedAttributes(
  initial: Record<string, AttributeFormValue>,
  current: Record<string, AttributeFormValue | undefined> | undefined,
): Record<string, AttributeFormValue> {
  const out: Record<string, AttributeFormValue> = {};
  for (const [key, value] of Object.entries(current ?? {})) {
    // A multi-select with one option selected can come back as a plain string.
    const next = Array.isArray(initial[key]) && typeof value === 'string' ? [value] : value;
    if (next !== undefined && !same(initial[key], next)) out[key] = next;
  }
  return out;
}

/** A value as text for tables and detail pages: choice labels, Yes/No. */
export function formatAttributeValue(def: AttributeFieldDef, value: AttributeValue | undefined): string {
  if (value === undefined || value === null || value === '') return '';
  const label = (v: string) => def.options.find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (def.dataType === 'single_choice') return label(String(value));
  return String(value);
}

/** Field errors of an attributes map nested under `prefix` (e.g. PATCH /me's `attributes.<orgId>`), keyed `attributes.<key>`. */
export function attributeErrors(
  fields: Record<string, string[]> | undefined,
  prefix = 'attributes',
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fields ?? {})) {
    if (key.startsWith(`${prefix}.`)) out[`attributes.${key.slice(prefix.length + 1)}`] = messages;
  }
  return out;
}
