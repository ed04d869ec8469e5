/** "Employee ID" -> "employeeId". */
export function keyFromLabel(label: string): string {
  const words = label
    .trim()
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const key = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
  return /^[a-z]/.test(key) ? key : key ? `a${key}` : '';
}
