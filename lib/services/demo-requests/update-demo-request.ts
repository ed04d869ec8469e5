import { DEMO_DATE_REQUIRED, type DemoRequest, type UpdateDemoRequestInput } from '@/lib/schemas/demo-request';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { conflict, invalid, notFound } from '@/lib/server/errors';
import { demoRequestSelect, pipelineFields, toDemoRequest } from './to-demo-request';

/**
 * PATCH /demo-requests/{id} (superadmin): moves a request through the pipeline.
 * A scheduled request must have a demo date, given now or kept from before. A converted request
 * keeps its status (feedback and notes can still change).
 */
export async function updateDemoRequest(
  principal: UserPrincipal,
  id: string,
  input: UpdateDemoRequestInput,
): Promise<DemoRequest> {
  return db.$transaction(async (tx) => {
    const before = await tx.demoRequest.findUnique({ where: { id }, select: demoRequestSelect });
    if (!before) throw notFound('Demo request');
    if (before.status === 'converted' && input.status) {
      throw conflict('This request was converted into an organization: its status no longer changes');
    }
    const status = input.status ?? before.status;
    const demoDate = input.demoDate === undefined ? before.demoDate : input.demoDate && new Date(input.demoDate);
    if (status === 'scheduled' && !demoDate) throw invalid({ demoDate: [DEMO_DATE_REQUIRED] });
    const after = await tx.demoRequest.update({
      where: { id },
      data: { status, demoDate, feedback: input.feedback, notes: input.notes },
      select: demoRequestSelect,
    });
    await audit(
      tx,
      { principal, orgId: null },
      {
        action: 'demo_request.update',
        targetType: 'demo_request',
        targetId: id,
        before: pipelineFields(before),
        after: pipelineFields(after),
      },
    );
    return toDemoRequest(after);
  });
}
