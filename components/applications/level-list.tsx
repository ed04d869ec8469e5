/** An application's access levels as small badges. */
export function LevelList({ levels }: { levels: string[] }) {
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Access levels">
      {levels.map((level) => (
        <li key={level} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-700">
          {level}
        </li>
      ))}
    </ul>
  );
}

/** An empty cell: a dash for the eye, words for a screen reader. */
export function None({ what }: { what: string }) {
  return (
    <span className="text-zinc-500">
      <span aria-hidden="true">—</span>
      <span className="sr-only">No {what}</span>
    </span>
  );
}
