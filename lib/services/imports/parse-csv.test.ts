import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvRecordBatches } from './parse-csv';
import { readTable } from './read-table';

async function parse(text: string | Buffer, chunkSize = 7): Promise<string[][]> {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const rows: string[][] = [];
  for await (const batch of csvRecordBatches(Readable.from(chunks))) rows.push(...batch);
  return rows.filter((r) => r.some((c) => c !== ''));
}

describe('csvRecordBatches', () => {
  it('reads comma, semicolon, tab and pipe delimited files', async () => {
    const expected = [
      ['email', 'name'],
      ['a@x.test', 'Ann'],
    ];
    expect(await parse('email,name\na@x.test,Ann\n')).toEqual(expected);
    expect(await parse('email;name\r\na@x.test;Ann\r\n')).toEqual(expected);
    expect(await parse('email\tname\na@x.test\tAnn')).toEqual(expected);
    expect(await parse('email|name\na@x.test|Ann\n')).toEqual(expected);
  });

  it('drops the UTF-8 byte order mark and keeps characters split across chunks whole', async () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Email;Name\nzoë@x.test;Zoë Ærø 日本\n')]);
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await parse(bom, size)).toEqual([
        ['Email', 'Name'],
        ['zoë@x.test', 'Zoë Ærø 日本'],
      ]);
    }
  });

  it('keeps quoted fields with delimiters, quotes and newlines in one cell', async () => {
    const text = 'email,note\n"a@x.test","line one\nline two, with ""quotes"""\nb@x.test,plain\n';
    expect(await parse(text)).toEqual([
      ['email', 'note'],
      ['a@x.test', 'line one\nline two, with "quotes"'],
      ['b@x.test', 'plain'],
    ]);
  });

  it('keeps quoted newlines whole across the boundaries of the chunks it parses', async () => {
    const filler = 'x'.repeat(70);
    const lines = ['email;note'];
    for (let i = 0; i < 3000; i++) lines.push(`r${i}@x.test;"${filler}\n${i}; ""q"""`);
    const rows = await parse(`${lines.join('\r\n')}\r\n`, 4093);
    expect(rows).toHaveLength(3001);
    expect(rows[2999]).toEqual(['r2998@x.test', `${filler}\n2998; "q"`]);
    expect(rows.every((r) => r.length === 2)).toBe(true);
  });

  it('numbers rows as records and skips blank ones after a possibly late header', async () => {
    const text = '\n\nE-mail address;First name\n\nann@x.test;Ann\n"multi\nline@x.test";M\n';
    const table = await readTable('csv', Readable.from([Buffer.from(text)]));
    const rows = [];
    for await (const batch of table.batches) rows.push(...batch);
    expect(table.headers).toEqual(['E-mail address', 'First name']);
    expect(rows).toEqual([
      { row: 5, cells: ['ann@x.test', 'Ann'] },
      { row: 6, cells: ['multi\nline@x.test', 'M'] },
    ]);
  });
});
