import 'server-only';
import { type CreatedShareLink, type CreateShareLinkInput, defaultShareFields } from '@/lib/schemas/share-link';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { newId, randomToken, sha256 } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { invalid } from '@/lib/server/errors';
import { appLink } from '@/lib/server/mail/outbox';

/** The org whose card the link shows: the one asked for, else the member's first active org. */
async function cardOrganization(userId: string, organizationId?: string): Promise<{ id: string; name: string }> {
  const membership = await db.membership.findFirst({
    where: { userId, status: 'active', organization: { status: 'active' }, organizationId },
    orderBy: { joinedAt: 'asc' },
    select: { organization: { select: { id: true, name: true } } },
  });
  if (membership) return membership.organization;
  if (organizationId) throw invalid({ organizationId: ['You are not an active member of this organization'] });
  throw invalid({ organizationId: ['You need to be a member of an organization to share your profile card'] });
}

/**
 * POST /me/share-links: a random token, stored only as its SHA-256; the raw
 * token is in the returned url and nowhere else.
 */
export async function createShareLink(
  principal: UserPrincipal,
  input: CreateShareLinkInput,
): Promise<CreatedShareLink> {
  const org = await cardOrganization(principal.userId, input.organizationId);
  const token = randomToken('', 32);
  const expiresAt = new Date(Date.now() + input.expiresInHours * 3600_000);
  const fields = [...new Set(input.fields ?? defaultShareFields)];
  const id = newId();
  await db.$transaction(async (tx) => {
    await tx.shareLink.create({
      data: { id, tokenHash: sha256(token), userId: principal.userId, organizationId: org.id, fields, expiresAt },
    });
    await audit(
      tx,
      { principal, orgId: org.id },
      { action: 'share_link.create', targetType: 'share_link', targetId: id, after: { fields, expiresAt } },
    );
  });
  return { id, url: appLink(`/p/${token}`), expiresAt: expiresAt.toISOString() };
}
