import type { OrgOperation } from '@/lib/api/operation';
import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { allPermissions, type Permission } from '@/lib/permissions';
import { IdParam } from '@/lib/schemas/list';
import { isWellFormedText } from '@/lib/schemas/text';
import type { Principal, UserPrincipal } from './auth/principal';
import { db, queryRows } from './db';
import { AppError, forbidden, notFound } from './errors';
import { assertMfaPolicy } from './mfa-policy';

export interface OrgContext {
  principal: Principal;
  org: { id: string; slug: string; name: string };
  /** The caller's own membership; null for a superadmin acting in an org they do not belong to. */
  membership: { id: string; roleId: string; roleKey: string } | null;
  permissions: ReadonlySet<Permission>;
}

interface OrgRow {
  id: string;
  slug: string;
  name: string;
  status: string;
  requireMfa: boolean;
  membershipId: string | null;
  membershipStatus: string | null;
  roleId: string | null;
  roleKey: string | null;
  permissions: string[] | null;
}

/**
 * What a door admits beyond the usual. `whilePasswordMustChange`: the few things an account whose
 * password an admin set may still do (read itself, change the password, end sessions).
 */
export interface Admission {
  whilePasswordMustChange?: boolean;
}

export const PASSWORD_CHANGE_FIRST = 'Change the temporary password first: POST /api/v1/me/password';

/** The rules every person meets at every door, after the door's own check (so 404s stay 404s). */
function admit(p: UserPrincipal, admission?: Admission): UserPrincipal {
  if (p.mustChangePassword && !admission?.whilePasswordMustChange) {
    throw new AppError('password_change_required', PASSWORD_CHANGE_FIRST);
  }
  return p;
}

function person(principal: Principal | null): UserPrincipal {
  if (!principal) throw new AppError('unauthenticated', 'Authentication required');
  if (principal.kind !== 'user') throw forbidden('API keys can only call organization routes');
  return principal;
}

/** A signed-in person or an API key, for the few routes that serve both (avatars). */
export function requireCaller(principal: Principal | null, admission?: Admission): Principal {
  if (!principal) throw new AppError('unauthenticated', 'Authentication required');
  return principal.kind === 'user' ? admit(principal, admission) : principal;
}

/** A signed-in person. API keys act for an organization, not a person: they get 403 here. */
export function requireUser(principal: Principal | null, admission?: Admission): UserPrincipal {
  return admit(person(principal), admission);
}

/** Superadmin-only areas answer 404 to everybody else, so they are not advertised. */
export function requireSuperadmin(principal: Principal | null, admission?: Admission): UserPrincipal {
  const p = person(principal);
  if (!p.isSuperadmin) throw notFound();
  return admit(p, admission);
}

/** Whether the caller may do `op` (pages and components name the operation, as server actions do). */
export function can(ctx: OrgContext, op: OrgOperation): boolean {
  return ctx.permissions.has(op.access.permission);
}

/**
 * Whether the caller holds a permission that widens what an operation shows (all role
 * requests rather than one's own, pending invitees in the members list): a rule inside
 * an operation, not a door, so it names the permission.
 */
export function holds(ctx: OrgContext, permission: Permission): boolean {
  return ctx.permissions.has(permission);
}

/**
 * The one check in front of every org-scoped page, action and route: the caller
 * must be an active member of an active org (else 404, never revealing that the
 * org exists) and hold `permission` (else 403). Superadmins act with owner rights. A person
 * with an admin-set password gets 403 `password_change_required` until they change it.
 */
export async function requireOrg(
  principal: Principal | null,
  orgRef: { id: string } | { slug: string },
  permission?: Permission,
): Promise<OrgContext> {
  if (!principal) throw new AppError('unauthenticated', 'Authentication required');
  // A reference that cannot name an org (not an id, a malformed slug) is a 404 before any query.
  if ('id' in orgRef ? !IdParam.safeParse(orgRef.id).success : !isWellFormedText(orgRef.slug)) {
    throw notFound('Organization');
  }
  if (principal.kind === 'apiKey') return requireOrgForKey(principal, orgRef, permission);
  const p = principal;
  // One query: this runs in front of every org route and page.
  const where = 'id' in orgRef ? Prisma.sql`o.id = ${orgRef.id}` : Prisma.sql`o.slug = ${orgRef.slug}`;
  const [org] = await queryRows<OrgRow>(
    Prisma.sql`
    SELECT o.id, o.slug, o.name, o.status::text AS status, o.require_mfa AS "requireMfa", m.id AS "membershipId",
           m.status::text AS "membershipStatus", m.role_id AS "roleId", r.key AS "roleKey",
           r.permissions || COALESCE(tp.permissions, '{}') AS permissions
      FROM organizations o
      LEFT JOIN memberships m ON m.organization_id = o.id AND m.user_id = ${p.userId}
      LEFT JOIN roles r ON r.id = m.role_id
      -- Roles of the member's teams add their permissions (docs/decisions/016).
      LEFT JOIN LATERAL (
        SELECT array_agg(tr.permissions_one) AS permissions
          FROM (SELECT unnest(tr.permissions) AS permissions_one
                  FROM team_members tm JOIN teams t ON t.id = tm.team_id JOIN roles tr ON tr.id = t.role_id
                 WHERE tm.membership_id = m.id) tr
      ) tp ON m.id IS NOT NULL
     WHERE ${where}`,
    'id' in orgRef ? 'guard-org-by-id' : 'guard-org-by-slug',
  );
  if (!org) throw notFound('Organization');
  let ctx: OrgContext;
  const { membershipId, roleId, roleKey } = org;
  if (membershipId && roleId && roleKey && org.membershipStatus === 'active' && org.status === 'active') {
    ctx = {
      principal: p,
      org: { id: org.id, slug: org.slug, name: org.name },
      membership: { id: membershipId, roleId, roleKey },
      permissions: new Set(
        (org.permissions ?? []).filter((x): x is Permission => allPermissions.includes(x as Permission)),
      ),
    };
  } else if (p.isSuperadmin) {
    ctx = {
      principal: p,
      org: { id: org.id, slug: org.slug, name: org.name },
      membership: null,
      permissions: new Set(allPermissions),
    };
  } else {
    throw notFound('Organization');
  }
  admit(p);
  assertMfaPolicy(p, org);
  if (permission && !ctx.permissions.has(permission)) throw forbidden();
  return ctx;
}

async function requireOrgForKey(
  key: Extract<Principal, { kind: 'apiKey' }>,
  orgRef: { id: string } | { slug: string },
  permission?: Permission,
): Promise<OrgContext> {
  const org = await db.organization.findUnique({
    where: 'id' in orgRef ? { id: orgRef.id } : { slug: orgRef.slug },
    select: { id: true, slug: true, name: true, status: true },
  });
  if (!org || org.id !== key.organizationId || org.status !== 'active') throw notFound('Organization');
  const ctx: OrgContext = {
    principal: key,
    org: { id: org.id, slug: org.slug, name: org.name },
    membership: null,
    permissions: new Set(key.permissions),
  };
  if (permission && !ctx.permissions.has(permission)) throw forbidden();
  return ctx;
}
