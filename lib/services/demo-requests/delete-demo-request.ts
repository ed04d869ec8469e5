import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { demoRequestSelect, pipelineFields } from './to-demo-request';

/** DELETE /demo-requests/{id} (superadmin). The audit trail keeps who the request was from. */
export async function deleteDemoRequest(principal: UserPrincipal, id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.demoRequest.findUnique({ where: { id }, select: demoRequestSelect });
    if (!before) throw notFound('Demo request');
    await tx.demoRequest.delete({ where: { id } });
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'demo_request.delete',
        targetType: 'demo_request',
        targetId: id,
        before: {
          firstName: before.firstName,
          lastName: before.lastName,
          email: before.email,
          company: before.company,
          ...pipelineFields(before),
        },
      },
    );
  });
}
