import 'server-only';
import { audit } from '@/lib/server/audit';
import { db, type Tx } from '@/lib/server/db';
import { type ClaimedJob, enqueue } from '@/lib/server/jobs/queue';

export const DEMO_CONVERTED_QUEUE = 'demo-requests.converted';

/** Queued by onboarding in its transaction: the request is marked once the organization exists. */
export async function markConvertedLater(tx: Tx, demoRequestId: string, organizationId: string): Promise<void> {
  await enqueue(tx, DEMO_CONVERTED_QUEUE, { demoRequestId, organizationId });
}

/**
 * The job: status `converted`, linked to the organization, audited as the system. A request deleted
 * meanwhile, or already marked (a retried job), is left as it is.
 */
export async function markConvertedJob(job: ClaimedJob): Promise<void> {
  const { demoRequestId, organizationId } = job.payload as { demoRequestId: string; organizationId: string };
  await db.$transaction(async (tx) => {
    const before = await tx.demoRequest.findUnique({ where: { id: demoRequestId }, select: { status: true } });
    if (!before || before.status === 'converted') return;
    const org = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
    await tx.demoRequest.update({
      where: { id: demoRequestId },
      data: { status: 'converted', convertedOrganizationId: org?.id ?? null, convertedAt: new Date() },
    });
    await audit(
      tx,
      { principal: null, orgId: null, system: 'onboarding' },
      {
        action: 'demo_request.convert',
        targetType: 'demo_request',
        targetId: demoRequestId,
        before: { status: before.status },
        after: { status: 'converted', organizationId },
      },
    );
  });
}
