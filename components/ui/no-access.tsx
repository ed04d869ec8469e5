/** What a settings page shows to someone whose role lacks the permission it needs. */
export function NoAccess({ what, permission }: { what: string; permission: string }) {
  return (
    <section
      aria-labelledby="no-access-title"
      className="flex flex-col items-center gap-2 rounded-lg border border-zinc-200 bg-white px-6 py-14 text-center"
    >
      <h2 id="no-access-title" className="text-base font-semibold text-zinc-900">
        You do not have access
      </h2>
      <p className="max-w-md text-zinc-600">
        Your role does not allow you to {what}. It needs the permission{' '}
        <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-xs text-zinc-800">{permission}</code>; an owner
        or admin of this organization can grant it.
      </p>
    </section>
  );
}
