import type { CreateDemoRequestInput, CreateDemoRequestResult } from '@/lib/schemas/demo-request';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { hit } from '@/lib/server/rate-limit';
import { limits } from '@/lib/server/rate-limit/limits';
import type { RequestMeta } from '@/lib/server/request-meta';

/**
 * POST /demo-requests (public): a prospect asks for a demo. Counted per client IP
 * (10 an hour). A request whose honeypot field is filled in came from a bot: it
 * gets the same reply, with an id that points nowhere, and nothing is stored.
 */
export async function createDemoRequest(
  input: CreateDemoRequestInput,
  meta: RequestMeta,
): Promise<CreateDemoRequestResult> {
  if (meta.ip) await hit(limits.demoRequest, meta.ip);
  if (input.website?.trim()) return { id: newId(), status: 'new' };
  const id = newId();
  await db.$transaction(async (tx) => {
    const row = await tx.demoRequest.create({
      data: {
        id,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        phone: input.phone ?? null,
        jobTitle: input.jobTitle ?? null,
        company: input.company,
        message: input.message ?? null,
        consentAt: new Date(),
        ip: meta.ip,
        userAgent: meta.userAgent,
      },
      select: { firstName: true, lastName: true, email: true, company: true, status: true },
    });
    await audit(
      tx,
      { principal: null, orgId: null, meta },
      { action: 'demo_request.create', targetType: 'demo_request', targetId: id, after: row },
    );
  });
  return { id, status: 'new' };
}
