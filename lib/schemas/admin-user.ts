import { z } from 'zod';
import { IdParam, listQuery, listResult } from './list';

export const platformUserStatuses = ['active', 'deactivated', 'pending'] as const;
export const PlatformUserStatus = z.enum(platformUserStatuses);

export const adminUserSortFields = ['email', 'name', 'createdAt', 'lastLoginAt'] as const;

export const ListPlatformUsersQuery = listQuery(adminUserSortFields, 'email').extend({
  status: z
    .union([z.literal(''), PlatformUserStatus])
    .optional()
    .transform((v) => v || undefined),
  organizationId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
});
export type ListPlatformUsersQuery = z.output<typeof ListPlatformUsersQuery>;

export const PlatformUser = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  status: PlatformUserStatus,
  isSuperadmin: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  memberships: z.array(
    z.object({
      organization: z.object({ id: z.string(), slug: z.string(), name: z.string(), status: z.string() }),
      role: z.object({ key: z.string(), name: z.string() }),
      status: z.string(),
    }),
  ),
});
export type PlatformUser = z.infer<typeof PlatformUser>;

export const PlatformUserDetail = PlatformUser.extend({
  jobTitle: z.string().nullable(),
  phone: z.string().nullable(),
  country: z.string().nullable(),
  mfaEnabled: z.boolean().describe('An authenticator app or a passkey is set up'),
  mustChangePassword: z.boolean().describe('Signs in with a temporary password an admin set'),
  lastSeenAt: z.string().nullable(),
  activeSessions: z.number().int().describe('Sessions (browser and API tokens) that have not ended'),
});
export type PlatformUserDetail = z.infer<typeof PlatformUserDetail>;
export const PlatformUserList = listResult(PlatformUser);
export type PlatformUserList = z.infer<typeof PlatformUserList>;

export const UserParams = z.object({ userId: IdParam });
