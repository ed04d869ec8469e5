import type { CreateDomainInput, Domain } from '@/lib/schemas/domain';
import { audit } from '@/lib/server/audit';
import { newId, randomToken } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { conflict, isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { actorOrg } from '@/lib/services/members/member-target';
import { assertNotVerifiedElsewhere, toDomain } from './to-domain';

/** Claims a domain for the org: pending until the TXT record with its value is published and verified. */
export async function addDomain(ctx: OrgContext, input: CreateDomainInput): Promise<Domain> {
  // The schema has lower-cased it and dropped a trailing dot.
  const domain = input.domain;
  try {
    return await db.$transaction(async (tx) => {
      await assertNotVerifiedElsewhere(tx, ctx.org.id, domain);
      const row = await tx.organizationDomain.create({
        data: {
          id: newId(),
          organizationId: ctx.org.id,
          domain,
          verificationValue: randomToken('portal-verification=', 24),
        },
      });
      await audit(tx, actorOrg(ctx), {
        action: 'domain.add',
        targetType: 'domain',
        targetId: row.id,
        after: { domain },
      });
      return toDomain(row);
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('This organization has already added this domain', {
        domain: ['This organization has already added this domain'],
      });
    throw error;
  }
}
