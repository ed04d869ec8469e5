import type { SharedCard } from '@/lib/services/share-links/shared-card';

/** A member's read-only profile card, as a share link shows it. */
export function ProfileCard({ card, avatarUrl }: { card: SharedCard; avatarUrl: string | null }) {
  const name = `${card.firstName} ${card.lastName}`.trim();
  const initials = `${card.firstName[0] ?? ''}${card.lastName[0] ?? ''}`.toUpperCase();
  const rows: [string, string][] = [];
  if (card.jobTitle) rows.push(['Position', card.jobTitle]);
  if (card.department) rows.push(['Department', card.department]);
  if (card.country) rows.push(['Country', card.country]);
  for (const a of card.attributes) rows.push([a.label, a.value]);
  return (
    <article
      aria-label={`Profile of ${name}`}
      className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-6 text-center shadow-sm"
    >
      {avatarUrl ? (
        // biome-ignore lint/performance/noImgElement: a private, token-scoped image that must not go through the image optimizer
        <img src={avatarUrl} alt="" width={96} height={96} className="mx-auto size-24 rounded-full object-cover" />
      ) : (
        <span
          aria-hidden="true"
          className="mx-auto flex size-24 items-center justify-center rounded-full bg-zinc-900 text-2xl font-semibold text-white"
        >
          {initials}
        </span>
      )}
      <h1 className="mt-4 text-xl font-semibold tracking-tight text-zinc-900">{name}</h1>
      <p className="text-zinc-600">{card.organization}</p>
      {rows.length > 0 ? (
        <dl className="mt-5 space-y-2 text-left">
          {rows.map(([label, value]) => (
            <div key={label} className="flex justify-between gap-4 border-t border-zinc-100 pt-2">
              <dt className="text-zinc-500">{label}</dt>
              <dd className="font-medium text-zinc-900">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </article>
  );
}
