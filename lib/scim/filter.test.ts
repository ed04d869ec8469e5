import { describe, expect, it } from 'vitest';
import { FilterError, parseFilter, parsePath } from './filter';

describe('SCIM filter parser', () => {
  it('parses a comparison with a JSON string, case-insensitively', () => {
    expect(parseFilter('userName EQ "bjensen@example.com"')).toEqual({
      op: 'eq',
      path: { attr: 'username' },
      value: 'bjensen@example.com',
    });
    expect(parseFilter('title pr')).toEqual({ op: 'pr', path: { attr: 'title' } });
    expect(parseFilter('name.familyName co "O\\"Malley"')).toEqual({
      op: 'co',
      path: { attr: 'name', sub: 'familyname' },
      value: 'O"Malley',
    });
  });

  it('parses every operator and literal', () => {
    for (const op of ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']) {
      expect(parseFilter(`meta.lastModified ${op} "2026-01-01T00:00:00Z"`)).toMatchObject({ op });
    }
    expect(parseFilter('active eq true')).toMatchObject({ value: true });
    expect(parseFilter('active eq False')).toMatchObject({ value: false });
    expect(parseFilter('title eq null')).toMatchObject({ value: null });
    expect(parseFilter('x gt -1.5e2')).toMatchObject({ value: -150 });
  });

  it('gives and precedence over or, and honours grouping and not', () => {
    expect(parseFilter('a eq 1 or b eq 2 and c eq 3')).toEqual({
      op: 'or',
      left: { op: 'eq', path: { attr: 'a' }, value: 1 },
      right: {
        op: 'and',
        left: { op: 'eq', path: { attr: 'b' }, value: 2 },
        right: { op: 'eq', path: { attr: 'c' }, value: 3 },
      },
    });
    expect(parseFilter('(a eq 1 or b eq 2) and not (c pr)')).toEqual({
      op: 'and',
      left: {
        op: 'or',
        left: { op: 'eq', path: { attr: 'a' }, value: 1 },
        right: { op: 'eq', path: { attr: 'b' }, value: 2 },
      },
      right: { op: 'not', filter: { op: 'pr', path: { attr: 'c' } } },
    });
  });

  it('parses value paths and schema-qualified attributes', () => {
    expect(parseFilter('emails[type eq "work" and value co "@example.com"]')).toEqual({
      op: 'valuePath',
      path: { attr: 'emails' },
      filter: {
        op: 'and',
        left: { op: 'eq', path: { attr: 'type' }, value: 'work' },
        right: { op: 'co', path: { attr: 'value' }, value: '@example.com' },
      },
    });
    expect(parsePath('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department')).toEqual({
      schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:user',
      attr: 'department',
    });
  });

  it('rejects malformed filters with a reason', () => {
    for (const bad of [
      '',
      'userName',
      'userName eq',
      'userName eq "unterminated',
      'userName like "x"',
      'userName eq "a" and',
      '(userName eq "a"',
      'userName eq "a")',
      'not userName eq "a"',
      'emails[value eq "a"',
      'userName eq bob',
      'a.b.c eq 1',
      'userName eq "a" # 1',
      '"a" eq userName',
    ]) {
      expect(() => parseFilter(bad), bad).toThrow(FilterError);
    }
  });
});
