import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CancelRequestButton } from '@/components/requests/cancel-request-button';
import { RequestDetails } from '@/components/requests/request-details';
import { ReviewActions } from '@/components/requests/review-actions';
import { PageHeader } from '@/components/ui/page-header';
import { reviewRoleRequestOp } from '@/lib/api/operations/role-requests';
import { IdParam } from '@/lib/schemas/list';
import { AppError } from '@/lib/server/errors';
import { can, holds } from '@/lib/server/guard';
import { getRoleRequest } from '@/lib/services/role-requests/get-role-request';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'Role request' };

export default async function RoleRequestPage({ params }: { params: Promise<{ orgSlug: string; requestId: string }> }) {
  const { orgSlug, requestId } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/requests/${requestId}`);
  const id = IdParam.safeParse(requestId);
  if (!id.success) notFound();
  const request = await getRoleRequest(ctx, id.data).catch((error) => {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });
  const mine = ctx.principal.kind === 'user' && ctx.principal.userId === request.requester.userId;
  const pending = request.status === 'pending';

  return (
    <div className="max-w-3xl">
      <Link href={`/o/${ctx.org.slug}/requests`} className="text-sm text-zinc-600 underline-offset-2 hover:underline">
        ← {holds(ctx, 'role_requests.read') ? 'All role requests' : 'Your role requests'}
      </Link>
      <div className="mt-3">
        <PageHeader
          title={`Request for the ${request.role.name} role`}
          actions={pending && mine ? <CancelRequestButton orgSlug={ctx.org.slug} requestId={request.id} /> : null}
        />
      </div>
      <RequestDetails request={request} />
      {pending && !mine && can(ctx, reviewRoleRequestOp) ? (
        <ReviewActions orgSlug={ctx.org.slug} request={request} />
      ) : null}
    </div>
  );
}
