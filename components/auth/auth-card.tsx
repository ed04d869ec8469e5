import type { ReactNode } from 'react';

/** The centred card of the signed-out pages. */
export function AuthCard({
  title,
  description,
  brand,
  children,
}: {
  title: string;
  description?: string;
  /** The organization the page is about (an invitation's), shown with its logo. */
  brand?: { name: string; logoUrl: string };
  children: ReactNode;
}) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center gap-2">
          <span
            aria-hidden="true"
            className="flex size-8 items-center justify-center rounded-md bg-zinc-900 text-sm font-bold text-white"
          >
            O
          </span>
          <span className="font-semibold text-zinc-900">Org Admin</span>
        </div>
        <div className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
          {brand ? (
            // biome-ignore lint/performance/noImgElement: our own small, versioned PNG
            <img
              src={brand.logoUrl}
              alt={`${brand.name} logo`}
              data-testid="org-logo"
              className="mb-4 h-12 max-w-40 object-contain"
            />
          ) : null}
          <h1 className="text-lg font-semibold tracking-tight text-zinc-900">{title}</h1>
          {description ? <p className="mt-1 text-zinc-600">{description}</p> : null}
          <div className="mt-5">{children}</div>
        </div>
      </div>
    </main>
  );
}
