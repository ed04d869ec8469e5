import type { ReactNode } from 'react';

/** One titled card of the account page. */
export function AccountSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id={id} className="text-base font-semibold text-zinc-900">
        {title}
      </h2>
      {description ? <p className="mt-1 text-zinc-600">{description}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
