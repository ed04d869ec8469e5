import type { ApiKey } from '@/lib/schemas/api-key';

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

/** `now` comes from the server render, so server and browser agree on it. */
export function apiKeyStatus(key: Pick<ApiKey, 'revokedAt' | 'expiresAt'>, now: string): ApiKeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && Date.parse(key.expiresAt) <= Date.parse(now)) return 'expired';
  return 'active';
}
