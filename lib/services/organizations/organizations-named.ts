import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';

/** The organizations already called `name` (any case): the onboarding wizard warns before making another. */
export async function organizationsNamed(_principal: UserPrincipal, name: string) {
  return db.organization.findMany({
    where: { name: { equals: name.trim(), mode: 'insensitive' } },
    select: { name: true, slug: true },
    orderBy: { createdAt: 'asc' },
    take: 5,
  });
}
