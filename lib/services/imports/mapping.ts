import { attributeKeyOf, type ImportField, type ImportMapping } from '@/lib/schemas/import';

/** Header spellings people use, reduced to lowercase letters and digits. */
const synonyms: Record<ImportField, string[]> = {
  email: [
    'email',
    'emailaddress',
    'mail',
    'mailaddress',
    'workemail',
    'emailid',
    'useremail',
    'businessemail',
    'login',
  ],
  firstName: ['firstname', 'first', 'givenname', 'forename', 'fname', 'prenom', 'vorname', 'nombre'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'lname', 'nom', 'nachname', 'apellido'],
  role: ['role', 'rolename', 'orgrole', 'accessrole', 'userrole', 'accesslevel', 'permissionrole'],
  department: ['department', 'dept', 'departmentname', 'team', 'division', 'unit', 'group'],
  jobTitle: ['jobtitle', 'title', 'position', 'designation', 'job', 'jobposition', 'function', 'occupation'],
};

/** Looser clues for headers that match no spelling above, tried in this order. */
const clues: [ImportField, RegExp][] = [
  ['email', /e?mail/],
  ['firstName', /first|given/],
  ['lastName', /last|surname|family/],
  ['jobTitle', /title|position/],
  ['department', /dep(artmen)?t/],
  ['role', /role/],
];

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function guess(header: string): ImportField | null {
  const key = normalizeHeader(header);
  if (!key) return null;
  for (const [field, names] of Object.entries(synonyms) as [ImportField, string[]][]) {
    if (names.includes(key)) return field;
  }
  return clues.find(([, re]) => re.test(key))?.[0] ?? null;
}

/**
 * Maps each header to the field it most likely holds. A field goes to one column
 * only: an exact spelling beats a clue, and the leftmost column wins a tie.
 */
export function autoMap(headers: string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const taken = new Set<ImportField>();
  const exact = headers.map((h) => {
    const key = normalizeHeader(h);
    return (Object.entries(synonyms) as [ImportField, string[]][]).find(([, names]) => names.includes(key))?.[0];
  });
  headers.forEach((h, i) => {
    const field = exact[i];
    if (field && !taken.has(field) && !(h in mapping)) {
      mapping[h] = field;
      taken.add(field);
    }
  });
  for (const h of headers) {
    if (h in mapping) continue;
    const field = guess(h);
    mapping[h] = field && !taken.has(field) ? field : null;
    if (field && mapping[h]) taken.add(field);
  }
  return mapping;
}

/** Field -> column index, from a mapping of headers (the first column with a header counts). Attributes: see attribute-columns.ts. */
export function columnIndexes(headers: string[], mapping: ImportMapping): Partial<Record<ImportField, number>> {
  const out: Partial<Record<ImportField, number>> = {};
  for (const [header, field] of Object.entries(mapping)) {
    if (!field || attributeKeyOf(field)) continue;
    const index = headers.indexOf(header);
    if (index >= 0) out[field as ImportField] = index;
  }
  return out;
}
