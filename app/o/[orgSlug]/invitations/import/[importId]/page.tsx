import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ImportProgress } from '@/components/imports/import-progress';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { getImportOp } from '@/lib/api/operations/imports';
import { AppError } from '@/lib/server/errors';
import { can } from '@/lib/server/guard';
import { getImport } from '@/lib/services/imports/get-import';
import { orgContext } from '../../../org-context';

export const metadata: Metadata = { title: 'Import' };

export default async function ImportDetailPage({ params }: { params: Promise<{ orgSlug: string; importId: string }> }) {
  const { orgSlug, importId } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/invitations/import/${importId}`);
  if (!can(ctx, getImportOp)) notFound();
  const detail = await getImport(ctx, importId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });
  return (
    <>
      <PageHeader
        title={`Import of ${detail.fileName}`}
        actions={
          <Link href={`/o/${ctx.org.slug}/invitations/import`} className={buttonClasses('secondary')}>
            All imports
          </Link>
        }
      />
      <ImportProgress orgId={ctx.org.id} initial={detail} />
    </>
  );
}
