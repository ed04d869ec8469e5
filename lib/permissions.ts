/** The permission catalog (PRODUCT.md). Every check names one of these. */
export const permissionCatalog = {
  org: {
    label: 'Organization',
    actions: {
      read: 'See the organization profile',
      update: 'Edit the organization profile and logo',
      delete: 'Delete the organization',
    },
  },
  members: {
    label: 'Members',
    actions: {
      read: 'See members and their profiles',
      create: 'Add members directly',
      update: 'Edit members, their role and department',
      deactivate: 'Deactivate and reactivate members',
      delete: 'Remove members from the organization',
    },
  },
  departments: {
    label: 'Departments',
    actions: { read: 'See departments', write: 'Create, rename and delete departments' },
  },
  roles: {
    label: 'Roles',
    actions: { read: 'See roles and their permissions', write: 'Create, edit and delete roles' },
  },
  invitations: {
    label: 'Invitations',
    actions: { read: 'See invitations', create: 'Invite people', revoke: 'Revoke invitations' },
  },
  imports: {
    label: 'Bulk imports',
    actions: { read: 'See bulk imports and their results', create: 'Run bulk imports' },
  },
  applications: {
    label: 'Applications',
    actions: { read: 'See applications and access grants', grant: 'Grant and revoke application access' },
  },
  role_requests: {
    label: 'Role requests',
    actions: { read: 'See role requests', review: 'Approve or reject role requests' },
  },
  teams: {
    label: 'Teams',
    actions: { read: 'See teams and their members', write: 'Create, edit and delete teams and manage their members' },
  },
  scim: { label: 'SCIM provisioning', actions: { provision: 'Provision members and teams through SCIM 2.0' } },
  audit: { label: 'Audit log', actions: { read: 'Read and export the audit log' } },
  api_keys: { label: 'API keys', actions: { manage: 'Create and revoke API keys' } },
  webhooks: { label: 'Webhooks', actions: { manage: 'Manage webhook endpoints and see their deliveries' } },
  domains: { label: 'Domains', actions: { manage: "Add, verify and remove the organization's e-mail domains" } },
  sso: { label: 'Single sign-on', actions: { manage: 'Set up identity providers and who must sign in through them' } },
  settings: { label: 'Settings', actions: { manage: 'Change organization settings and e-mail templates' } },
} as const;

type Catalog = typeof permissionCatalog;
export type Permission = {
  [M in keyof Catalog]: `${M & string}.${keyof Catalog[M]['actions'] & string}`;
}[keyof Catalog];

export const allPermissions: Permission[] = Object.entries(permissionCatalog).flatMap(([module, def]) =>
  Object.keys(def.actions).map((action) => `${module}.${action}` as Permission),
);

export function isPermission(value: string): value is Permission {
  return (allPermissions as string[]).includes(value);
}

export type BuiltInRoleKey = 'owner' | 'admin' | 'member';

export const builtInRoles: Record<BuiltInRoleKey, { name: string; description: string; permissions: Permission[] }> = {
  owner: { name: 'Owner', description: 'Full control of the organization', permissions: allPermissions },
  admin: {
    name: 'Admin',
    description: 'Runs the organization, except deleting it',
    permissions: allPermissions.filter((p) => p !== 'org.delete'),
  },
  member: {
    name: 'Member',
    description: 'Sees the organization and its people',
    permissions: ['org.read', 'members.read', 'departments.read', 'roles.read', 'applications.read', 'teams.read'],
  },
};
