import type { Access } from '@/lib/api/operation';
import type { Permission } from '@/lib/permissions';

/**
 * The callers of the authorization suite: nobody; four people of org A (the
 * built-in member, admin and owner roles and a custom role); an admin of org B;
 * a superadmin who belongs to no org.
 */
export const callers = ['anonymous', 'member', 'custom', 'admin', 'owner', 'otherAdmin', 'superadmin'] as const;
export type Caller = (typeof callers)[number];

/** How a caller proves who they are. An API key acts for its org with the permissions it was given. */
export type Credential = 'none' | 'cookie' | 'token' | 'apiKey';

export const credentialsOf = (caller: Caller): Credential[] =>
  caller === 'anonymous' ? ['none'] : caller === 'superadmin' ? ['cookie', 'token'] : ['cookie', 'token', 'apiKey'];

/** One (caller, credential) pair as the expectation sees it. */
export interface Who {
  caller: Caller;
  credential: Credential;
  /** Whether the principal may act in the org of the path at all (an active member, its key, a superadmin). */
  inOrg: boolean;
  /** The principal's permissions in that org right now (a key's own; a superadmin's: all). */
  permissions: ReadonlySet<Permission>;
  isSuperadmin: boolean;
}

/**
 * The status an access rule promises (lib/api/operation.ts, PRODUCT.md):
 * anonymous 401; keys refused (403) outside org routes; superadmin areas 404 to
 * others; another org's data 404; a member without the permission 403.
 */
export function expectedStatus(rule: Access, who: Who, ok: number): number {
  if (rule === 'public') return ok;
  if (who.credential === 'none') return 401;
  if (rule === 'user') return who.credential === 'apiKey' ? 403 : ok;
  if (rule === 'superadmin') {
    if (who.credential === 'apiKey') return 403;
    return who.isSuperadmin ? ok : 404;
  }
  if (!who.inOrg) return 404;
  return who.permissions.has(rule.permission) ? ok : 403;
}

export const describeAccess = (rule: Access): string => (typeof rule === 'string' ? rule : rule.permission);
