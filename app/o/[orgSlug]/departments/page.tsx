import type { Metadata } from 'next';
import { DepartmentsView } from '@/components/departments/departments-view';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { createDepartmentOp, listDepartmentsOp } from '@/lib/api/operations/departments';
import { ListDepartmentsQuery } from '@/lib/schemas/department';
import { can } from '@/lib/server/guard';
import { listDepartments } from '@/lib/services/departments/list-departments';
import { parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { keepPageInRange, listPageContext } from '../list-page';

export const metadata: Metadata = { title: 'Departments' };

export default async function DepartmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug } = await params;
  const raw = await searchParams;
  const { ctx, path } = await listPageContext(orgSlug, 'departments', raw);

  if (!can(ctx, listDepartmentsOp)) {
    return (
      <>
        <PageHeader title="Departments" />
        <NoAccess what="see departments" permission={listDepartmentsOp.access.permission} />
      </>
    );
  }

  const query = parseSearchParams(ListDepartmentsQuery, raw);
  const list = await listDepartments(ctx, query);
  keepPageInRange(path, raw, list, query.page);

  return (
    <DepartmentsView
      orgSlug={ctx.org.slug}
      canWrite={can(ctx, createDepartmentOp)}
      list={list}
      query={{ q: query.q ?? '', sort: query.sort }}
    />
  );
}
