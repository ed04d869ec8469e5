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
