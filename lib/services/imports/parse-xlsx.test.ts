import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { xlsxRecords } from './parse-xlsx';
import { makeXlsx } from './test-files';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parse-xlsx-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('reads date cells as dates, not as their serial numbers, and numbers as numbers', async () => {
  const file = path.join(dir, 'dates.xlsx');
  await writeFile(
    file,
    await makeXlsx([
      ['Email', 'Start date', 'Desk'],
      ['a@example.test', new Date(Date.UTC(2024, 0, 2)), 45293],
    ]),
  );
  const rows = [];
  for await (const r of xlsxRecords(file)) rows.push(r);
  expect(rows).toEqual([
    { row: 1, cells: ['Email', 'Start date', 'Desk'] },
    { row: 2, cells: ['a@example.test', '2024-01-02', '45293'] },
  ]);
});
