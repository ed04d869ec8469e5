/** "Dec 1": the week's Monday, in UTC so server and browser agree. */
export const weekLabel = (week: string) =>
  new Date(`${week.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

/** A plain SVG bar chart of sign-ups per week, each bar under its count and over its week's date, with a table for screen readers. */
export function SignupsChart({ weeks }: { weeks: { week: string; count: number }[] }) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const barWidth = 24;
  const gap = 8;
  const height = 120;
  const top = 12;
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${weeks.length * (barWidth + gap)} ${top + height + 16}`}
        className="h-40 w-full max-w-xl"
        aria-hidden="true"
      >
        {weeks.map((w, i) => {
          const h = Math.round((w.count / max) * height);
          return (
            <g key={w.week}>
              <rect
                x={i * (barWidth + gap)}
                y={top + height - h}
                width={barWidth}
                height={h}
                className="fill-indigo-500"
                rx={2}
              />
              <text
                x={i * (barWidth + gap) + barWidth / 2}
                y={top + height - h - 3}
                textAnchor="middle"
                className="fill-zinc-700 text-[9px]"
              >
                {w.count}
              </text>
              <text
                x={i * (barWidth + gap) + barWidth / 2}
                y={top + height + 12}
                textAnchor="middle"
                className="fill-zinc-500 text-[7px]"
                data-testid="week-label"
              >
                {weekLabel(w.week)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-xs text-zinc-500">New accounts per week, last {weeks.length} weeks.</figcaption>
      <table className="sr-only">
        <caption>Sign-ups per week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Sign-ups</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.week}>
              <td>{weekLabel(w.week)}</td>
              <td>{w.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
