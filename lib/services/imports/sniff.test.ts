import { describe, expect, it } from 'vitest';
import type { AppError } from '@/lib/server/errors';
import { checkName, sniffKind, Utf8Check } from './sniff';

const code = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (e) {
    return (e as AppError).code;
  }
};

describe('file type by content', () => {
  it('knows zips, text and common binaries', () => {
    expect(sniffKind(Buffer.from('PK\x03\x04rest'))).toBe('zip');
    expect(sniffKind(Buffer.from('email,name\n'))).toBe('text');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(() => sniffKind(png)).toThrow(/PNG image/);
    expect(code(() => sniffKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))).toBe('unsupported_media_type');
    expect(code(() => sniffKind(Buffer.from([0xff, 0xfe, 0x65, 0x00])))).toBe('unsupported_media_type');
    expect(code(() => sniffKind(Buffer.from('abc\0def')))).toBe('unsupported_media_type');
  });

  it('accepts UTF-8 split anywhere and refuses Latin-1', () => {
    const check = new Utf8Check();
    const bytes = Buffer.from('Zoë 日本');
    for (const b of bytes) check.push(Uint8Array.of(b));
    expect(() => check.end()).not.toThrow();
    const latin1 = new Utf8Check();
    expect(() => latin1.push(Buffer.from([0x5a, 0x6f, 0xeb, 0x2c]))).toThrow(/not UTF-8/);
  });

  it('refuses a name that contradicts the content', () => {
    expect(checkName('people.CSV', 'text')).toBe('csv');
    expect(checkName('people.xlsx', 'zip')).toBe('xlsx');
    expect(checkName('people', 'zip')).toBe('xlsx');
    expect(code(() => checkName('people.csv', 'zip'))).toBe('unsupported_media_type');
    expect(code(() => checkName('people.xlsx', 'text'))).toBe('unsupported_media_type');
  });
});
