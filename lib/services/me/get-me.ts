import type { Me } from '@/lib/schemas/me';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { logoPathOf } from '@/lib/services/organizations/logo-path';
import { avatarUrlOf } from '@/lib/services/profile/avatar-url';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The caller's profile and the organizations they can enter, with their role and permissions in each. */
export async function getMe(principal: UserPrincipal): Promise<Me> {
  const user = await db.user.findUnique({
    where: { id: principal.userId },
    include: {
      memberships: {
        where: { status: 'active', organization: { status: 'active' } },
        orderBy: { organization: { name: 'asc' } },
        select: {
          organization: { select: { id: true, slug: true, name: true, logoKey: true } },
          role: { select: { id: true, key: true, name: true, permissions: true } },
          // Roles of the member's teams add their permissions, as the guard grants them (decision 016).
          teams: { select: { team: { select: { role: { select: { permissions: true } } } } } },
        },
      },
    },
  });
  if (!user) throw notFound('User');
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    country: user.country,
    jobTitle: user.jobTitle,
    language: user.language,
    isSuperadmin: user.isSuperadmin,
    mustChangePassword: user.mustChangePassword,
    avatarUrl: avatarUrlOf(user.id, user.avatarKey),
    termsAcceptedAt: iso(user.termsAcceptedAt),
    lastLoginAt: iso(user.lastLoginAt),
    createdAt: user.createdAt.toISOString(),
    memberships: user.memberships.map((m) => ({
      organization: {
        id: m.organization.id,
        slug: m.organization.slug,
        name: m.organization.name,
        logoUrl: logoPathOf(m.organization.id, m.organization.logoKey),
      },
      role: { id: m.role.id, key: m.role.key, name: m.role.name },
      permissions: [...new Set([...m.role.permissions, ...m.teams.flatMap((t) => t.team.role?.permissions ?? [])])],
    })),
  };
}
