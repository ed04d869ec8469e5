import type { Metadata } from 'next';
import { AdminTopBar } from '@/components/admin/admin-top-bar';
import { AuditLogView, auditFilterValues } from '@/components/audit/audit-log-view';
import { auditPageQuery } from '@/components/audit/audit-page-query';
import { PlatformAuditQuery } from '@/lib/schemas/audit';
import { requireSuperadminPage } from '@/lib/server/page-guard';
import { readAuditPage } from '@/lib/services/audit/list-audit-log';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Audit log' };

const PATH = '/admin/audit';

export default async function PlatformAuditPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = await searchParams;
  const search = new URLSearchParams(firstValues(raw)).toString();
  const principal = await requireSuperadminPage(search ? `${PATH}?${search}` : PATH);
  const { page, errors, query } = await auditPageQuery(PlatformAuditQuery, raw, PATH, readAuditPage);
  return (
    <>
      <AdminTopBar email={principal.email} current={PATH} />
      <main className="mx-auto max-w-6xl px-4 py-8 md:px-8">
        <AuditLogView
          title="Platform audit log"
          description="Every change across organizations and accounts. Entries cannot be edited or deleted."
          path={PATH}
          apiPath="/api/v1/admin/audit-log"
          page={page}
          filters={auditFilterValues(firstValues(raw))}
          errors={errors}
          isFirstPage={!query.cursor}
          platform
        />
      </main>
    </>
  );
}
