import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INVISIBLE_TEXT, MALFORMED_TEXT, MAX_DEPTH, malformedFields, nameText, TOO_DEEP, wellFormed } from './text';

describe('the input boundary', () => {
  it('names every malformed string by its path, keys included', () => {
    const value = { a: 'ok', b: ['x', 'y\u0000'], c: { d: '\ud800' }, ['k\udc00']: 1, e: 'pair 😀' };
    expect(malformedFields(value)).toEqual({
      'b.1': [MALFORMED_TEXT],
      'c.d': [MALFORMED_TEXT],
      'k\ufffd': [MALFORMED_TEXT],
    });
    expect(malformedFields({ q: 'a', n: 1, z: null })).toBeNull();
  });

  it('refuses nesting deeper than MAX_DEPTH without recursing', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const fields = malformedFields({ x: deep });
    expect(Object.values(fields ?? {})).toEqual([[TOO_DEEP]]);
    expect(Object.keys(fields ?? {})[0]?.split('.')).toHaveLength(MAX_DEPTH);
  });

  it('puts any schema behind it, with the field path in the issue', () => {
    const schema = wellFormed(z.object({ name: z.string() }));
    const result = schema.safeParse({ name: 'a\u0000b' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['name', MALFORMED_TEXT]]);
    expect(schema.parse({ name: 'fine' })).toEqual({ name: 'fine' });
  });

  it('refuses bidi and zero-width controls in names, and keeps ordinary scripts', () => {
    const name = nameText('Name', 100);
    for (const bad of ['a\u202eb', 'a\u200bb', 'a\u2066b\u2069', 'a\u200fb', 'a\u2060b'])
      expect(name.safeParse(bad).error?.issues[0]?.message).toBe(INVISIBLE_TEXT);
    for (const good of ['Zoë', 'محمد', '王小明', 'O’Brien-Smith']) expect(name.parse(good)).toBe(good);
  });
});
