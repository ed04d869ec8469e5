import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AdminTopBar } from '@/components/admin/admin-top-bar';
import { OrganizationsView } from '@/components/admin/organizations-view';
import { ListOrganizationsQuery } from '@/lib/schemas/organization';
import { requireSuperadminPage } from '@/lib/server/page-guard';
import { listOrganizations } from '@/lib/services/organizations/list-organizations';
import { firstValues, parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Organizations' };

const PATH = '/admin/organizations';

export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  const search = new URLSearchParams(firstValues(raw)).toString();
  const principal = await requireSuperadminPage(search ? `${PATH}?${search}` : PATH);
  const query = parseSearchParams(ListOrganizationsQuery, raw);
  const list = await listOrganizations(query);
  if (list.total > 0 && query.page > list.totalPages) {
    const next = new URLSearchParams(firstValues(raw));
    next.set('page', String(list.totalPages));
    redirect(`${PATH}?${next}`);
  }
  return (
    <>
      <AdminTopBar email={principal.email} current={PATH} />
      <main className="mx-auto max-w-6xl px-4 py-8 md:px-8">
        <OrganizationsView list={list} query={{ q: query.q ?? '', sort: query.sort, status: query.status ?? '' }} />
      </main>
    </>
  );
}
