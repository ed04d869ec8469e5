import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';

/** The rows of a bench file: 90% new people, 5% invalid e-mails, 5% e-mails of existing members. */
export interface BenchRows {
  header: string[];
  rows: string[][];
  members: string[];
}

const DEPARTMENTS = ['Engineering', 'Sales', 'Support', ''];

export function benchRows(tag: string, count: number): BenchRows {
  const rows: string[][] = [];
  const members: string[] = [];
  for (let i = 0; i < count; i++) {
    let email: string;
    if (i % 20 === 7) email = `not-an-email-${tag}-${i}`;
    else if (i % 20 === 13) {
      email = `member-${tag}-${i}@bench.test`;
      members.push(email);
    } else email = `new-${tag}-${i}@bench.test`;
    rows.push([email, `First${i % 997}`, `Last${i % 1009}`, i % 3 === 0 ? 'member' : '', DEPARTMENTS[i % 4]!, '']);
  }
  return { header: ['Email', 'First name', 'Last name', 'Role', 'Department', 'Job title'], rows, members };
}

export async function writeCsv(path: string, data: BenchRows): Promise<void> {
  const out = createWriteStream(path);
  const lines = [data.header, ...data.rows];
  for (let i = 0; i < lines.length; i += 5000) {
    if (
      !out.write(
        `${lines
          .slice(i, i + 5000)
          .map((l) => l.join(','))
          .join('\n')}\n`,
      )
    )
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export async function writeXlsx(path: string, data: BenchRows): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('People');
  sheet.addRow(data.header).commit();
  for (const row of data.rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}
