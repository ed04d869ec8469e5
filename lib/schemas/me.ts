import { z } from 'zod';

export const RoleRef = z.object({ id: z.string(), key: z.string(), name: z.string() });

export const Me = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  country: z.string().nullable(),
  jobTitle: z.string().nullable(),
  language: z.string(),
  isSuperadmin: z.boolean(),
  mustChangePassword: z.boolean(),
  avatarUrl: z.string().nullable(),
  termsAcceptedAt: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  memberships: z.array(
    z.object({
      organization: z.object({
        id: z.string(),
        slug: z.string(),
        name: z.string(),
        /** The logo's public, versioned URL (`/logo/{orgId}/{version}`), or null without a logo. */
        logoUrl: z.string().nullable(),
      }),
      role: RoleRef,
      permissions: z.array(z.string()),
    }),
  ),
});
export type Me = z.infer<typeof Me>;
