import { z } from 'zod';
import { allPermissions, type Permission } from '@/lib/permissions';
import { IdParam } from './list';
import { nameText } from './text';

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
export const RoleParams = z.object({ orgId: IdParam, roleId: IdParam });

/** The keys of the built-in roles; no custom role may take them. */
export const reservedRoleKeys = ['owner', 'admin', 'member'] as const;

const KEY_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** A role key from its name: "Sales Lead (EU)" -> "sales-lead-eu". May be empty for names without letters or digits. */
export function roleKeyFrom(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
}

export const RoleName = nameText('Name', 60);

export const RoleKey = z
  .string()
  .trim()
  .min(1, 'Key is required')
  .max(50, 'Key must be at most 50 characters')
  .regex(KEY_PATTERN, 'Use lowercase letters, digits, and single - or _ between them (e.g. sales-lead)');

const RoleDescription = z.string().trim().max(500, 'Description must be at most 500 characters');

/** Permissions from the catalog, without duplicates, in catalog order. */
export const RolePermissions = z
  .array(
    z.enum(allPermissions as [Permission, ...Permission[]], {
      error: (issue) => `Unknown permission: ${String(issue.input)}`,
    }),
    { error: 'Permissions must be a list of permission keys' },
  )
  .max(allPermissions.length * 2, 'Too many permissions')
  .transform((list) => allPermissions.filter((p) => list.includes(p)));

export const CreateRoleInput = z.object({
  name: RoleName,
  /** Derived from the name when empty or missing. */
  key: z.union([z.literal(''), RoleKey]).optional(),
  description: RoleDescription.optional(),
  permissions: RolePermissions.default([]),
});
export type CreateRoleInput = z.input<typeof CreateRoleInput>;
export type CreateRoleData = z.output<typeof CreateRoleInput>;

export const UpdateRoleInput = z.object({
  name: RoleName.optional(),
  key: RoleKey.optional(),
  description: RoleDescription.optional(),
  permissions: RolePermissions.optional(),
});
export type UpdateRoleInput = z.input<typeof UpdateRoleInput>;
export type UpdateRoleData = z.output<typeof UpdateRoleInput>;

export const DeleteRoleQuery = z.object({
  reassignTo: z.string().min(1).max(64).optional(),
});

/** The role form's fields (the permissions are edited in the matrix). An empty key is derived from the name. */
export const RoleDetailsInput = z.object({
  name: RoleName,
  key: z.union([z.literal(''), RoleKey]),
  description: RoleDescription,
});
export type RoleDetailsInput = z.infer<typeof RoleDetailsInput>;

/** A role with its version (the ETag), for the editors, which send it back as If-Match. */
export type VersionedRole = Role & { version: string };
