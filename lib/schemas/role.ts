import { z } from 'zod';
import { IdParam } from './list';

export const Role = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  description: z.string(),
  permissions: z.array(z.string()),
  builtIn: z.boolean(),
  memberCount: z.number().int(),
});
export type Role = z.infer<typeof Role>;

export const RoleList = z.object({ data: z.array(Role) });

export const PermissionCatalog = z.object({
  data: z.array(
    z.object({
      module: z.string(),
      label: z.string(),
      permissions: z.array(z.object({ key: z.string(), action: z.string(), description: z.string() })),
    }),
  ),
});

export const OrgParams = z.object({ orgId: IdParam });
