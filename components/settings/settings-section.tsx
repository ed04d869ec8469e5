'use client';

import { type ReactNode, useId } from 'react';

/** One titled block of a settings page: what it is on the left, its fields on the right. */
export function SettingsSection({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      className="grid max-w-4xl gap-4 border-b border-zinc-200 py-6 first:pt-0 md:grid-cols-3 md:gap-8"
    >
      <div className="space-y-1">
        <h2 id={id} className="text-base font-semibold text-zinc-900">
          {title}
        </h2>
        <p className="text-zinc-600">{description}</p>
      </div>
      <div className="space-y-4 md:col-span-2">{children}</div>
    </section>
  );
}
