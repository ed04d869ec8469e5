import { attributeKeyOf, type ImportMapping } from '@/lib/schemas/import';
import { AppError } from '@/lib/server/errors';
import {
  type AttributeDefinition,
  type StoredValues,
  toStored,
  validateMemberAttributes,
} from '@/lib/services/attributes/member-values';
import { normalizeHeader } from './mapping';

/**
 * Custom attributes in a bulk import. A column mapped to `attributes.<key>` holds values of an
 * active attribute; each cell is checked with the member API's validation when the file is read
 * (a bad value fails the row with the attribute's message; an empty cell sets nothing). Values are
 * kept on the row's invitation and saved when the person accepts it (as POST …/invitations does).
 */
export interface AttributeColumn {
  index: number;
  header: string;
  def: AttributeDefinition;
}

/** The columns mapped to attributes; one naming no active attribute of the org is refused with `fail`. */
export function attributeColumns(
  headers: string[],
  mapping: ImportMapping,
  defs: AttributeDefinition[],
  fail: (message: string) => Error,
): AttributeColumn[] {
  const out: AttributeColumn[] = [];
  for (const [header, target] of Object.entries(mapping)) {
    const key = attributeKeyOf(target);
    if (!key) continue;
    const def = defs.find((d) => d.key === key);
    if (!def) throw fail(`Column "${header}": "${key}" is not an active attribute of this organization`);
    const index = headers.indexOf(header);
    if (index >= 0) out.push({ index, header, def });
  }
  return out;
}

/** Detected mapping: a header left unmapped that names an attribute (its key or label) is mapped to it. */
export function mapAttributeHeaders(mapping: ImportMapping, defs: AttributeDefinition[]): ImportMapping {
  const out = { ...mapping };
  const taken = new Set(Object.values(out));
  for (const [header, target] of Object.entries(out)) {
    if (target !== null) continue;
    const name = normalizeHeader(header);
    const def = defs.find(
      (d) =>
        !taken.has(`attributes.${d.key}`) && (normalizeHeader(d.key) === name || normalizeHeader(d.label) === name),
    );
    if (def) {
      out[header] = `attributes.${def.key}`;
      taken.add(out[header]);
    }
  }
  return out;
}

export interface CheckedAttributes {
  /** key -> the texts stored in member_attribute_values (several for a multiple choice); null: no values. */
  values: StoredValues | null;
  /** The raw cells, by key (for the preview). */
  cells: Record<string, string>;
  errors: string[];
}

const NONE: CheckedAttributes = { values: null, cells: {}, errors: [] };

/** One row's attribute cells, checked by validateMemberAttributes (the member API's rules). */
export function checkAttributeCells(cells: string[], columns: AttributeColumn[]): CheckedAttributes {
  if (columns.length === 0) return NONE;
  const given: Record<string, string> = {};
  for (const c of columns) {
    const cell = cells[c.index] ?? '';
    if (cell.trim() !== '') given[c.def.key] = cell;
  }
  if (Object.keys(given).length === 0) return NONE;
  try {
    const checked = validateMemberAttributes(
      columns.map((c) => c.def),
      given,
    );
    return { values: toStored(checked), cells: given, errors: [] };
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields) throw error;
    const errors = columns.flatMap((c) => {
      const message = error.fields?.[`attributes.${c.def.key}`]?.[0];
      return message ? [`${c.def.label}: ${message}`] : [];
    });
    return { values: null, cells: given, errors };
  }
}
