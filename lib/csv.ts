/**
 * One CSV cell, safe to open in a spreadsheet: a value starting with = + - @,
 * a tab or a carriage return would be read as a formula, so it gets a leading
 * single quote; then it is quoted when it holds a delimiter, a quote or a newline.
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
