import type { Domain } from '@/lib/schemas/domain';
import type { Tx } from '@/lib/server/db';
import { conflict, notFound } from '@/lib/server/errors';

export interface DomainRow {
  id: string;
  domain: string;
  status: Domain['status'];
  verificationValue: string;
  lastCheckedAt: Date | null;
  verifiedAt: Date | null;
  createdAt: Date;
}

/** Where the org publishes its TXT record: a name of its own, so the domain's other TXT records stay untouched. */
export const recordName = (domain: string) => `_portal-verification.${domain}`;

export function toDomain(row: DomainRow): Domain {
  return {
    id: row.id,
    domain: row.domain,
    status: row.status,
    verification: { type: 'dns_txt', name: recordName(row.domain), value: row.verificationValue },
    lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
    verifiedAt: row.verifiedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A domain of this org; another org's id answers 404 like one that does not exist. */
export async function findDomain(tx: Tx, orgId: string, domainId: string): Promise<DomainRow> {
  const row = await tx.organizationDomain.findFirst({ where: { id: domainId, organizationId: orgId } });
  if (!row) throw notFound('Domain');
  return row;
}

/** docs/decisions/019: a domain verified by one org is that org's; nobody else may claim or verify it. */
export async function assertNotVerifiedElsewhere(tx: Tx, orgId: string, domain: string): Promise<void> {
  const taken = await tx.organizationDomain.findFirst({
    where: { domain, status: 'verified', organizationId: { not: orgId } },
    select: { id: true },
  });
  if (taken) throw verifiedElsewhere();
}

export const verifiedElsewhere = () =>
  conflict('Another organization has verified this domain', {
    domain: ['Another organization has verified this domain'],
  });
