import type { ApiKey } from '@/lib/schemas/api-key';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const apiKeySelect = {
  id: true,
  name: true,
  prefix: true,
  permissions: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
  createdById: true,
} as const;

export function toApiKey(
  row: {
    id: string;
    name: string;
    prefix: string;
    permissions: string[];
    expiresAt: Date | null;
    lastUsedAt: Date | null;
    revokedAt: Date | null;
    createdAt: Date;
  },
  createdBy: string | null,
): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    permissions: row.permissions,
    expiresAt: iso(row.expiresAt),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
    createdAt: row.createdAt.toISOString(),
    createdBy,
  };
}
