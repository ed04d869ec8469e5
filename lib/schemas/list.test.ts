import { describe, expect, it } from 'vitest';
import { listQuery, parseSort, toListResult } from './list';

const Q = listQuery(['name', 'createdAt'], 'name');

describe('list query', () => {
  it('fills defaults and coerces strings from the URL', () => {
    expect(Q.parse({})).toEqual({ page: 1, pageSize: 25, sort: 'name', q: undefined });
    expect(Q.parse({ page: '3', pageSize: '100', sort: '-createdAt', q: '  eng ' })).toEqual({
      page: 3,
      pageSize: 100,
      sort: '-createdAt',
      q: 'eng',
    });
  });

  it('rejects unknown sort fields, page sizes over 100 and pages below 1', () => {
    expect(Q.safeParse({ sort: 'password' }).success).toBe(false);
    expect(Q.safeParse({ sort: '--name' }).success).toBe(false);
    expect(Q.safeParse({ pageSize: '101' }).success).toBe(false);
    expect(Q.safeParse({ page: '0' }).success).toBe(false);
  });

  it('treats an empty search as no search', () => {
    expect(Q.parse({ q: '   ' }).q).toBeUndefined();
  });
});

describe('list helpers', () => {
  it('splits a sort into field and direction', () => {
    expect(parseSort('-name')).toEqual({ field: 'name', direction: 'desc' });
    expect(parseSort('name')).toEqual({ field: 'name', direction: 'asc' });
  });

  it('computes total pages', () => {
    expect(toListResult([1], 51, { page: 1, pageSize: 25 })).toMatchObject({ total: 51, totalPages: 3 });
    expect(toListResult([], 0, { page: 1, pageSize: 25 }).totalPages).toBe(0);
  });
});
