import type { Domain } from '@/lib/schemas/domain';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { lookupTxt } from '@/lib/server/dns';
import { invalid, isUniqueViolation } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { actorOrg } from '@/lib/services/members/member-target';
import {
  assertNotVerifiedElsewhere,
  type DomainRow,
  findDomain,
  recordName,
  toDomain,
  verifiedElsewhere,
} from './to-domain';

/** What the look-up found, in words for the 422: the values, none, or why DNS did not answer. */
async function check(row: DomainRow): Promise<{ ok: boolean; found: string[]; problem: string; unanswered?: boolean }> {
  const name = recordName(row.domain);
  try {
    const found = await lookupTxt(name);
    const problem =
      found.length === 0
        ? `No TXT record found at ${name}`
        : `The TXT records at ${name} do not hold the expected value; found: ${found.map((v) => JSON.stringify(v)).join(', ')}`;
    return { ok: found.includes(row.verificationValue), found, problem };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return {
      ok: false,
      found: [],
      problem: `The DNS look-up of ${name} failed (${code}); try again later`,
      unanswered: true,
    };
  }
}

/**
 * Looks the TXT record up (outside any transaction: DNS may take seconds) and records the outcome:
 * verified, or failed with a 422 that says what was found. Any domain may be checked again.
 */
export async function verifyDomain(ctx: OrgContext, domainId: string): Promise<Domain> {
  const row = await findDomain(db, ctx.org.id, domainId);
  const result = await check(row);
  const now = new Date();
  // DNS that does not answer proves nothing: a verified domain stays verified (and stays this org's).
  if (!result.ok && result.unanswered && row.status === 'verified') {
    await db.organizationDomain.update({ where: { id: row.id }, data: { lastCheckedAt: now } });
    throw invalid({ domain: [result.problem] }, result.problem);
  }
  if (!result.ok) {
    await db.$transaction(async (tx) => {
      await tx.organizationDomain.update({
        where: { id: row.id },
        data: { status: 'failed', lastCheckedAt: now, verifiedAt: null },
      });
      await audit(tx, actorOrg(ctx), {
        action: 'domain.verify_failed',
        targetType: 'domain',
        targetId: row.id,
        before: { status: row.status },
        after: { domain: row.domain, status: 'failed', found: result.found },
      });
    });
    throw invalid({ domain: [result.problem] }, result.problem);
  }
  try {
    return await db.$transaction(async (tx) => {
      await assertNotVerifiedElsewhere(tx, ctx.org.id, row.domain);
      const updated = await tx.organizationDomain.update({
        where: { id: row.id },
        data: { status: 'verified', lastCheckedAt: now, verifiedAt: now },
      });
      await audit(tx, actorOrg(ctx), {
        action: 'domain.verify',
        targetType: 'domain',
        targetId: row.id,
        before: { status: row.status },
        after: { domain: row.domain, status: 'verified' },
      });
      return toDomain(updated);
    });
  } catch (error) {
    // The partial unique index: another org verified the same domain a moment before.
    if (isUniqueViolation(error)) throw verifiedElsewhere();
    throw error;
  }
}
