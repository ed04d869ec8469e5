import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { MailboxView } from '@/components/mailbox/mailbox-view';
import { TopBar } from '@/components/shell/top-bar';
import { MailboxQuery } from '@/lib/schemas/mailbox';
import { requireSuperadminPage } from '@/lib/server/page-guard';
import { listMailbox, mailboxEnabled } from '@/lib/services/mailbox/list-mailbox';
import { firstValues, parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Dev mailbox' };

const PATH = '/dev/mailbox';

export default async function MailboxPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = firstValues(await searchParams);
  const search = new URLSearchParams(raw).toString();
  const principal = await requireSuperadminPage(search ? `${PATH}?${search}` : PATH);
  if (!mailboxEnabled()) notFound();

  // The table's search box writes `q`; the mailbox filters on the recipient.
  const query = parseSearchParams(MailboxQuery, { page: raw.page, pageSize: raw.pageSize, to: raw.q });
  const list = await listMailbox(query);
  if (list.total > 0 && query.page > list.totalPages) {
    const next = new URLSearchParams(raw);
    next.set('page', String(list.totalPages));
    redirect(`${PATH}?${next}`);
  }

  return (
    <>
      <TopBar title="Dev mailbox" email={principal.email} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 md:px-8">
        <MailboxView list={list} q={query.to ?? ''} selectedId={raw.message ?? null} />
      </main>
    </>
  );
}
