/** `cols=location,employeeId`: the attribute columns the team table shows (their values are read only then). */
export function parseColumns(raw: string | string[] | undefined, defs: { key: string }[]): string[] {
  const text = Array.isArray(raw) ? raw[0] : raw;
  const wanted = new Set((text ?? '').split(',').map((s) => s.trim()));
  return defs.filter((d) => wanted.has(d.key)).map((d) => d.key);
}
