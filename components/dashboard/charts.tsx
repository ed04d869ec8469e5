/** Horizontal bars in plain CSS; the numbers are text, so nothing depends on seeing the bars. */
export function BarList({ items }: { items: { label: string; value: number }[] }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.label} className="grid grid-cols-[8rem_1fr_3rem] items-center gap-2 text-sm">
          <span className="truncate text-zinc-700">{item.label}</span>
          <span className="h-3 rounded bg-zinc-100" aria-hidden="true">
            <span className="block h-3 rounded bg-indigo-500" style={{ width: `${(item.value / max) * 100}%` }} />
          </span>
          <span className="text-right tabular-nums">{item.value}</span>
        </li>
      ))}
    </ul>
  );
}

/** Twelve weekly columns as an SVG, with a text summary for screen readers. */
export function WeekChart({ weeks }: { weeks: { weekStart: string; count: number }[] }) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const width = 24;
  const gap = 6;
  const height = 100;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${weeks.length * (width + gap)} ${height + 16}`}
        className="h-40 w-full"
        role="img"
        aria-label={`${total} joins in the last ${weeks.length} weeks`}
      >
        {weeks.map((w, i) => {
          const h = (w.count / max) * height;
          return (
            <g key={w.weekStart}>
              <title>{`Week of ${w.weekStart}: ${w.count}`}</title>
              <rect
                x={i * (width + gap)}
                y={height - h}
                width={width}
                height={Math.max(h, 1)}
                rx="3"
                className="fill-indigo-500"
              />
              <text
                x={i * (width + gap) + width / 2}
                y={height + 12}
                textAnchor="middle"
                className="fill-zinc-500 text-[8px]"
              >
                {w.weekStart.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-xs text-zinc-500">
        {total === 0
          ? 'Nobody joined in the last 12 weeks.'
          : `${total} joined in the last 12 weeks (weeks start on Monday, UTC).`}
      </figcaption>
    </figure>
  );
}
