import { describe, expect, it } from 'vitest';
import type { Lookups } from './lookups';
import { checkRow } from './row-check';

const role = { id: 'r1', key: 'member', name: 'Member', grantable: true };
const lookups: Lookups = {
  roles: new Map([['member', role]]),
  defaultRole: role,
  departments: new Map(),
  defaultDepartment: null,
  createMissingDepartments: false,
  attributes: [],
};
const columns = { email: 0, firstName: 1, lastName: 2 };

// A spreadsheet cell can hold what PostgreSQL cannot store: the row fails with a reason, and is kept storable.
describe('checkRow and malformed cells', () => {
  it.each([
    ['a NUL', 'A\u0000B'],
    ['a lone high surrogate', 'Lone\ud800'],
    ['a lone low surrogate', '\udc00x'],
  ])('fails a row with %s, naming the column', (_, cell) => {
    const checked = checkRow({ row: 3, cells: ['p@example.test', cell, 'Person'] }, columns, lookups, new Map());
    expect(checked.errors).toEqual(['Column 2 contains a NUL character or an unpaired surrogate']);
    expect(checked.values.firstName).not.toBe(cell);
    expect(checked.values.firstName).toMatch(/\uFFFD/);
  });

  it('leaves well-formed cells (a surrogate pair included) alone', () => {
    const checked = checkRow({ row: 2, cells: ['p@example.test', 'Zoë 😀', 'Person'] }, columns, lookups, new Map());
    expect(checked.errors).toEqual([]);
    expect(checked.values.firstName).toBe('Zoë 😀');
  });
});
