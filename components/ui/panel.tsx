import type { ReactNode } from 'react';

/** A titled card of a detail page; its heading names the region. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
      <h2 id={`${id}-title`} className="mb-3 font-semibold text-zinc-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Label and value pairs, as a detail page lists them. */
export function Facts({ facts, testId }: { facts: [string, ReactNode][]; testId?: string }) {
  return (
    <dl className="grid grid-cols-[9rem_1fr] gap-y-2 text-sm" data-testid={testId}>
      {facts.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-zinc-600">{label}</dt>
          <dd className="font-medium break-words text-zinc-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
