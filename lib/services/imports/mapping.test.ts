import { describe, expect, it } from 'vitest';
import { ImportMapping } from '@/lib/schemas/import';
import { autoMap, columnIndexes } from './mapping';
import { uniqueHeaders } from './read-table';

describe('autoMap', () => {
  it('recognizes the usual spellings of each field', () => {
    expect(autoMap(['Email', 'First name', 'Last name', 'Role', 'Department', 'Job title'])).toEqual({
      Email: 'email',
      'First name': 'firstName',
      'Last name': 'lastName',
      Role: 'role',
      Department: 'department',
      'Job title': 'jobTitle',
    });
    expect(autoMap(['E-mail address', 'Given name', 'Surname', 'Dept.', 'Position', 'Notes'])).toEqual({
      'E-mail address': 'email',
      'Given name': 'firstName',
      Surname: 'lastName',
      'Dept.': 'department',
      Position: 'jobTitle',
      Notes: null,
    });
    expect(autoMap(['WORK_EMAIL', 'first_name', 'LAST-NAME', 'Team', 'User role'])).toEqual({
      WORK_EMAIL: 'email',
      first_name: 'firstName',
      'LAST-NAME': 'lastName',
      Team: 'department',
      'User role': 'role',
    });
  });

  it('gives a field to one column only, preferring an exact spelling over a clue', () => {
    expect(autoMap(['Personal e-mail', 'Email', 'Title', 'Job title'])).toEqual({
      'Personal e-mail': null,
      Email: 'email',
      Title: 'jobTitle',
      'Job title': null,
    });
  });

  it('maps nothing it cannot place, and the schema then asks for an e-mail column', () => {
    const mapping = autoMap(['Name', 'Phone']);
    expect(mapping).toEqual({ Name: null, Phone: null });
    expect(ImportMapping.safeParse(mapping).success).toBe(false);
    expect(ImportMapping.safeParse({ A: 'email', B: 'email' }).error?.issues[0]?.message).toMatch(/Only one column/);
  });

  it('turns a mapping into column positions, with blank and repeated headers made unique', () => {
    const headers = uniqueHeaders(['Email', '', 'Email', 'Role']);
    expect(headers).toEqual(['Email', 'Column 2', 'Email (2)', 'Role']);
    expect(columnIndexes(headers, { 'Email (2)': 'email', Role: 'role', Email: null })).toEqual({ email: 2, role: 3 });
  });
});
