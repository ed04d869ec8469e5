import type { UserPrincipal } from '@/lib/server/auth/principal';
import type { RequestMeta } from '@/lib/server/request-meta';

export interface AccountUser {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
}

export const fullName = (user: AccountUser) => `${user.firstName} ${user.lastName}`.trim();

/**
 * A person acting on their own account before they have a session (sign-up,
 * activation, password reset): the mailed secret proves who they are, and the
 * audit trail names them with the request's IP and browser.
 */
export function selfActor(user: AccountUser, meta: RequestMeta): UserPrincipal {
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    name: fullName(user),
    isSuperadmin: false,
    sessionId: '',
    via: 'bearer',
    meta,
  };
}

/** The variables every account e-mail offers about its recipient. */
export function userVars(user: AccountUser) {
  return { 'user.name': fullName(user), 'user.firstName': user.firstName, 'user.email': user.email };
}

export const accountUserSelect = { id: true, email: true, firstName: true, lastName: true, status: true } as const;
