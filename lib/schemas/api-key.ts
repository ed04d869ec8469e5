import { z } from 'zod';
import { allPermissions, type Permission } from '@/lib/permissions';
import { IdParam, listQuery, listResult } from './list';

export const PermissionKey = z.enum(allPermissions as [Permission, ...Permission[]], {
  error: 'Unknown permission',
});

export const CreateApiKeyInput = z.object({
  name: z.string({ error: 'Name is required' }).trim().min(1, 'Name is required').max(100, 'Name is too long'),
  permissions: z.array(PermissionKey).min(1, 'Choose at least one permission'),
  expiresAt: z
    .string()
    .datetime({ offset: true, error: 'Use an ISO 8601 date and time, e.g. 2027-01-31T00:00:00Z' })
    .refine((v) => Date.parse(v) > Date.now(), 'The expiry must be in the future')
    .nullish(),
});
export type CreateApiKeyInput = z.infer<typeof CreateApiKeyInput>;

export const ApiKey = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  permissions: z.array(z.string()),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

export const CreatedApiKey = ApiKey.extend({ key: z.string() });

export const ListApiKeysQuery = listQuery(['createdAt', 'name', 'lastUsedAt'], '-createdAt');
export const ApiKeyList = listResult(ApiKey);
export const ApiKeyParams = z.object({ orgId: IdParam, keyId: IdParam });
