/** A dash for an empty cell or field; screen readers hear `label` ("Never", "No role") instead. */
export function Missing({ label }: { label: string }) {
  return (
    <span className="text-zinc-500">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
