import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { DemoRequestsView } from '@/components/demo-requests/demo-requests-view';
import { TopBar } from '@/components/shell/top-bar';
import { ListDemoRequestsQuery } from '@/lib/schemas/demo-request';
import { requireSuperadminPage } from '@/lib/server/page-guard';
import { listDemoRequests } from '@/lib/services/demo-requests/list-demo-requests';
import { firstValues, parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Demo requests' };

const PATH = '/admin/demo-requests';

export default async function DemoRequestsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  const search = new URLSearchParams(firstValues(raw)).toString();
  const principal = await requireSuperadminPage(search ? `${PATH}?${search}` : PATH);
  const query = parseSearchParams(ListDemoRequestsQuery, raw);
  const list = await listDemoRequests(query);
  if (list.total > 0 && query.page > list.totalPages) {
    const next = new URLSearchParams(firstValues(raw));
    next.set('page', String(list.totalPages));
    redirect(`${PATH}?${next}`);
  }
  return (
    <>
      <TopBar title="Platform admin" email={principal.email}>
        <Link href="/admin" className="font-medium text-zinc-600 hover:text-zinc-900">
          Organizations
        </Link>
      </TopBar>
      <main className="mx-auto max-w-6xl px-4 py-8 md:px-8">
        <DemoRequestsView list={list} query={{ q: query.q ?? '', sort: query.sort, status: query.status ?? '' }} />
      </main>
    </>
  );
}
