import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AdminTopBar } from '@/components/admin/admin-top-bar';
import { UsersView } from '@/components/admin/users-view';
import { ListPlatformUsersQuery } from '@/lib/schemas/admin-user';
import { db } from '@/lib/server/db';
import { requireSuperadminPage } from '@/lib/server/page-guard';
import { listPlatformUsers } from '@/lib/services/admin-users/list-platform-users';
import { firstValues, parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Users' };

const PATH = '/admin/users';

export default async function UsersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  const search = new URLSearchParams(firstValues(raw)).toString();
  const principal = await requireSuperadminPage(search ? `${PATH}?${search}` : PATH);
  const query = parseSearchParams(ListPlatformUsersQuery, raw);
  const [list, org] = await Promise.all([
    listPlatformUsers(query),
    query.organizationId
      ? db.organization.findUnique({ where: { id: query.organizationId }, select: { name: true } })
      : null,
  ]);
  if (list.total > 0 && query.page > list.totalPages) {
    const next = new URLSearchParams(firstValues(raw));
    next.set('page', String(list.totalPages));
    redirect(`${PATH}?${next}`);
  }
  return (
    <>
      <AdminTopBar email={principal.email} current={PATH} />
      <main className="mx-auto max-w-6xl px-4 py-8 md:px-8">
        <UsersView
          list={list}
          orgName={org?.name ?? null}
          query={{
            q: query.q ?? '',
            sort: query.sort,
            status: query.status ?? '',
            organizationId: query.organizationId ?? '',
          }}
        />
      </main>
    </>
  );
}
