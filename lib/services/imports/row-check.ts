import { Email } from '@/lib/schemas/auth';
import type { ImportField } from '@/lib/schemas/import';
import { isWellFormedText, toWellFormedText } from '@/lib/schemas/text';
import { type AttributeColumn, checkAttributeCells } from './attribute-columns';
import type { Lookups } from './lookups';
import type { TableRow } from './read-table';

export type RowValues = Record<ImportField, string | null>;

export interface CheckedRow {
  row: number;
  values: RowValues;
  /** The e-mail as written (trimmed); empty when the cell is. */
  email: string;
  roleId: string | null;
  departmentId: string | null;
  /** A department the file names that does not exist yet (created before processing when asked to). */
  missingDepartment: string | null;
  unknownRole: string | null;
  duplicate: boolean;
  /** Checked attribute values (key -> stored texts), null when the row has none. */
  attributes: Record<string, string[]> | null;
  /** The row's non-empty attribute cells, by key. */
  attributeCells: Record<string, string>;
  errors: string[];
  /** Cells that import fine but deserve a look: names a spreadsheet would run as a formula. */
  warnings: string[];
}

const NAME_MAX = 100;
const FIELDS: ImportField[] = ['email', 'firstName', 'lastName', 'role', 'department', 'jobTitle'];

const TEXT_FIELDS: [ImportField, string][] = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['jobTitle', 'Job title'],
  ['department', 'Department'],
];

function tooLong(values: RowValues, errors: string[]) {
  for (const [field, label] of TEXT_FIELDS) {
    if ((values[field]?.length ?? 0) > NAME_MAX) errors.push(`${label} is longer than ${NAME_MAX} characters`);
  }
}

/**
 * Validates one data row against the org's roles and departments: a valid
 * e-mail, a role that exists and that the importer may grant, a department
 * that exists (or will be created), and no earlier row with the same e-mail
 * (`firstRowOf` remembers, per lowercase e-mail, the row that came first),
 * and attribute cells the member API would accept (see attribute-columns.ts).
 */
export function checkRow(
  source: TableRow,
  columns: Partial<Record<ImportField, number>>,
  lookups: Lookups,
  firstRowOf: Map<string, number>,
  attributeColumns: AttributeColumn[] = [],
): CheckedRow {
  // The shared boundary (lib/schemas/text.ts): a malformed cell fails its row, and is stored made safe.
  const malformed = source.cells.flatMap((c, i) => (isWellFormedText(c) ? [] : [i + 1]));
  const cells = malformed.length ? source.cells.map(toWellFormedText) : source.cells;
  const values = {} as RowValues;
  for (const field of FIELDS) {
    const index = columns[field];
    const cell = index === undefined ? '' : (cells[index] ?? '');
    values[field] = cell === '' ? null : cell;
  }
  const errors: string[] = malformed.map(
    (column) => `Column ${column} contains a NUL character or an unpaired surrogate`,
  );
  const email = values.email ?? '';
  let duplicate = false;
  if (!email) errors.push('E-mail is missing');
  else if (!Email.safeParse(email).success) errors.push(`"${email}" is not a valid e-mail address`);
  else {
    const key = email.toLowerCase();
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, source.row);
    else {
      duplicate = true;
      errors.push(`Duplicate of row ${first}: the first row with this e-mail is used`);
    }
  }
  tooLong(values, errors);
  const warnings = formulaLike(values);

  let roleId: string | null = lookups.defaultRole.id;
  let unknownRole: string | null = null;
  if (values.role) {
    const role = lookups.roles.get(values.role.toLowerCase());
    if (!role) {
      unknownRole = values.role;
      roleId = null;
      errors.push(`Unknown role "${values.role}"`);
    } else if (!role.grantable) {
      roleId = null;
      errors.push(`You cannot give the ${role.name} role`);
    } else roleId = role.id;
  }

  let departmentId: string | null = lookups.defaultDepartment?.id ?? null;
  let missingDepartment: string | null = null;
  if (values.department && values.department.length <= NAME_MAX) {
    const department = lookups.departments.get(values.department.toLowerCase());
    departmentId = department?.id ?? null;
    if (!department) {
      missingDepartment = values.department;
      if (!lookups.createMissingDepartments) errors.push(`Unknown department "${values.department}"`);
    }
  }
  const attributes = checkAttributeCells(cells, attributeColumns);
  errors.push(...attributes.errors);
  return {
    row: source.row,
    values,
    email,
    roleId,
    departmentId,
    missingDepartment,
    unknownRole,
    duplicate,
    attributes: attributes.values,
    attributeCells: attributes.cells,
    errors,
    warnings,
  };
}

/**
 * A name that starts with =, +, - or @ is how a spreadsheet formula starts: it is kept as written (and
 * neutralised in every CSV the portal exports), but the preview flags it, since it is rarely a real name.
 */
function formulaLike(values: RowValues): string[] {
  return TEXT_FIELDS.flatMap(([field, label]) => {
    const value = values[field];
    return value && /^[=+\-@]/.test(value)
      ? [`${label} "${value}" starts with "${value[0]}", like a spreadsheet formula: check the cell`]
      : [];
  });
}
