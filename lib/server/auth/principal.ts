import type { Permission } from '@/lib/permissions';
import type { RequestMeta } from '../request-meta';

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  email: string;
  name: string;
  isSuperadmin: boolean;
  sessionId: string;
  /** Set for an account whose password an admin chose: only changing it is allowed until then. */
  mustChangePassword?: boolean;
  /** Whether the user has a second factor (an org's `requireMfa` asks for one: lib/server/mfa-policy.ts). */
  mfaEnabled?: boolean;
  /** This session began at an identity provider that vouched for a second factor (docs/decisions/020). */
  idpMfa?: boolean;
  /** When this session's holder last proved who they are (sign-in, POST /me/confirm): lib/server/auth/step-up.ts. */
  confirmedAt?: Date | null;
  via: 'cookie' | 'bearer';
  meta: RequestMeta;
}

/** An org-scoped API key: it acts only in its own org and only within its permissions. */
export interface ApiKeyPrincipal {
  kind: 'apiKey';
  keyId: string;
  name: string;
  prefix: string;
  organizationId: string;
  permissions: Permission[];
  isSuperadmin: false;
  via: 'bearer';
  meta: RequestMeta;
}

export type Principal = UserPrincipal | ApiKeyPrincipal;

/** How the audit trail names the actor. */
export function actorOf(p: Principal): { userId: string | null; apiKeyId: string | null; label: string } {
  return p.kind === 'user'
    ? { userId: p.userId, apiKeyId: null, label: p.email }
    : { userId: null, apiKeyId: p.keyId, label: `API key ${p.name} (${p.prefix}…)` };
}
