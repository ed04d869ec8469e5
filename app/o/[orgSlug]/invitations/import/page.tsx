import type { Metadata } from 'next';
import { ImportHistory } from '@/components/imports/import-history';
import { ImportWizard } from '@/components/imports/import-wizard';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { createDepartmentOp } from '@/lib/api/operations/departments';
import { createImportOp, listImportsOp } from '@/lib/api/operations/imports';
import { ListImportsQuery } from '@/lib/schemas/import';
import { can } from '@/lib/server/guard';
import { importChoices } from '@/lib/services/imports/import-choices';
import { importLimits } from '@/lib/services/imports/limits';
import { listImports } from '@/lib/services/imports/list-imports';
import { firstValues, parseSearchParams, type RawSearchParams } from '@/lib/ui/search-params';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'Bulk import' };

export default async function ImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgSlug: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { orgSlug } = await params;
  const raw = await searchParams;
  const path = `/o/${orgSlug}/invitations/import`;
  const search = new URLSearchParams(firstValues(raw)).toString();
  const ctx = await orgContext(orgSlug, search ? `${path}?${search}` : path);
  const canCreate = can(ctx, createImportOp);
  const canRead = can(ctx, listImportsOp);

  if (!canCreate && !canRead) {
    return (
      <>
        <PageHeader title="Bulk import" />
        <div className="rounded-lg border border-zinc-200 bg-white">
          <EmptyState title="No access" description="Your role does not include bulk imports." />
        </div>
      </>
    );
  }

  const query = parseSearchParams(ListImportsQuery, raw);
  const [choices, list] = await Promise.all([
    canCreate ? importChoices(ctx) : null,
    canRead ? listImports(ctx, query) : null,
  ]);

  return (
    <>
      <PageHeader
        title="Bulk import"
        description="Invite many people at once from a CSV or Excel file."
        actions={
          <a href="/api/v1/imports/template.csv" download className={buttonClasses('secondary')}>
            Download template
          </a>
        }
      />
      {choices ? (
        <ImportWizard
          orgId={ctx.org.id}
          orgSlug={ctx.org.slug}
          maxBytes={importLimits.maxBytes}
          roles={choices.roles}
          defaultRoleId={choices.defaultRoleId}
          departments={choices.departments}
          canCreateDepartments={can(ctx, createDepartmentOp)}
        />
      ) : null}
      {list ? (
        <ImportHistory orgSlug={ctx.org.slug} list={list} query={{ q: query.q ?? '', sort: query.sort }} />
      ) : null}
    </>
  );
}
