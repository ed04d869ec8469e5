import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Link not available', robots: { index: false, follow: false } };

/** Revoked, expired and unknown share links all look the same (HTTP 404). */
export default function ShareLinkGone() {
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-indigo-700">404</p>
      <h1 className="text-xl font-semibold tracking-tight text-zinc-900">This link is no longer available</h1>
      <p className="max-w-sm text-zinc-600">
        The profile link was revoked by its owner, has expired, or never existed. Ask them for a new one.
      </p>
    </main>
  );
}
