import 'server-only';
import { actorOf, type Principal } from './auth/principal';
import { newId } from './auth/secrets';
import type { Tx } from './db';
import type { RequestMeta } from './request-meta';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
}

const SECRET_KEYS = /password|token|secret|otp|hash$|^code$|^apiKey$/i;

/** Copies a value for the trail, dropping anything that looks like a secret. */
function scrub(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(scrub);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !SECRET_KEYS.test(k))
      .map(([k, v]) => [k, scrub(v)]),
  );
}

/** Writes one audit entry inside the caller's transaction, so it exists exactly when the change does. */
export async function audit(
  tx: Tx,
  /** `system`: who acts when no caller does (a background check); the trail shows it as a system actor. */
  actor: { principal: Principal | null; orgId: string | null; meta?: RequestMeta; system?: string },
  entry: AuditEntry,
): Promise<void> {
  const p = actor.principal;
  const who = p ? actorOf(p) : { userId: null, apiKeyId: null, label: actor.system ?? 'anonymous' };
  await tx.auditLog.create({
    data: {
      id: newId(),
      organizationId: actor.orgId,
      actorUserId: who.userId,
      actorApiKeyId: who.apiKeyId,
      actorLabel: who.label,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: scrub(entry.before) as object | undefined,
      after: scrub(entry.after) as object | undefined,
      ip: (p?.meta ?? actor.meta)?.ip ?? null,
      userAgent: (p?.meta ?? actor.meta)?.userAgent ?? null,
    },
  });
}
