// The speed targets of issue 18, printed as one table with met / missed (bench:members, bench:import).

export interface TargetRow {
  target: string;
  measured: string;
  met: boolean;
}

export function printTargets(title: string, rows: TargetRow[]): void {
  console.log(`\n${title}: targets (issue 18)`);
  console.log(`${'target'.padEnd(64)} ${'measured'.padEnd(34)} result`);
  for (const r of rows) console.log(`${r.target.padEnd(64)} ${r.measured.padEnd(34)} ${r.met ? 'met' : 'MISSED'}`);
  const missed = rows.filter((r) => !r.met).length;
  console.log(missed === 0 ? 'all targets met' : `${missed} of ${rows.length} targets missed`);
}
