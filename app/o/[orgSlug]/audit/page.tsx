import type { Metadata } from 'next';
import { AuditLogView, auditFilterValues } from '@/components/audit/audit-log-view';
import { auditPageQuery } from '@/components/audit/audit-page-query';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { listAuditLogOp } from '@/lib/api/operations/audit';
import { AuditQuery } from '@/lib/schemas/audit';
import { can } from '@/lib/server/guard';
import { listAuditLog } from '@/lib/services/audit/list-audit-log';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';
import { listPageContext } from '../list-page';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug } = await params;
  const raw = await searchParams;
  const { ctx, path } = await listPageContext(orgSlug, 'audit', raw);
  if (!can(ctx, listAuditLogOp)) {
    return (
      <>
        <PageHeader title="Audit log" />
        <NoAccess what="see the audit log" permission={listAuditLogOp.access.permission} />
      </>
    );
  }
  const { page, errors, query } = await auditPageQuery(AuditQuery, raw, path, (q) => listAuditLog(ctx, q));
  return (
    <AuditLogView
      title="Audit log"
      description={`Every change in ${ctx.org.name}, by whom, with what changed. Entries cannot be edited or deleted.`}
      path={path}
      apiPath={`/api/v1/organizations/${ctx.org.id}/audit-log`}
      page={page}
      filters={auditFilterValues(firstValues(raw))}
      errors={errors}
      isFirstPage={!query.cursor}
    />
  );
}
