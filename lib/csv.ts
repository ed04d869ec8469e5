/**
 * One CSV cell, safe to open in a spreadsheet: a value starting with = + - @,
 * a semicolon, a tab or a carriage return would be read as a formula (or, where
 * `;` separates columns, start a new cell that is one), so it gets a leading
 * single quote; then it is quoted when it holds a delimiter of any locale
 * (`,` `;` tab), a quote or a newline, so no part of it becomes a cell of its own.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@;\t\r]/.test(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
