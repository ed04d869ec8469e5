import { db } from '@/lib/server/db';
import { type AttributeDefinition, getAttributeDefinitions } from '@/lib/services/attributes/member-values';
import { ImportFailure } from './failure';

export interface RoleInfo {
  id: string;
  key: string;
  name: string;
  grantable: boolean;
}

export interface Lookups {
  /** By lowercase key and by lowercase name. */
  roles: Map<string, RoleInfo>;
  defaultRole: RoleInfo;
  /** By lowercase name (names are unique per org, ignoring case). */
  departments: Map<string, { id: string; name: string }>;
  defaultDepartment: { id: string; name: string } | null;
  createMissingDepartments: boolean;
  /** The org's active custom attributes (loaded once per file). */
  attributes: AttributeDefinition[];
}

export interface LookupOptions {
  defaultRoleId: string;
  defaultDepartmentId: string | null;
  createMissingDepartments: boolean;
  /** The roles the importer may hand out, decided when the import was created. */
  grantableRoleIds: string[];
}

/** The org's roles, departments and attributes as the row checks need them. */
export async function loadLookups(orgId: string, options: LookupOptions): Promise<Lookups> {
  const [roleRows, departmentRows, attributes] = await Promise.all([
    db.role.findMany({ where: { organizationId: orgId }, select: { id: true, key: true, name: true } }),
    db.department.findMany({ where: { organizationId: orgId }, select: { id: true, name: true } }),
    getAttributeDefinitions(orgId),
  ]);
  const grantable = new Set(options.grantableRoleIds);
  const roles = new Map<string, RoleInfo>();
  for (const r of roleRows) {
    const info = { ...r, grantable: grantable.has(r.id) };
    roles.set(r.key.toLowerCase(), info);
    if (!roles.has(r.name.toLowerCase())) roles.set(r.name.toLowerCase(), info);
  }
  const defaultRole = roleRows.find((r) => r.id === options.defaultRoleId);
  if (!defaultRole) throw new ImportFailure('The default role of this import no longer exists');
  const departments = new Map(departmentRows.map((d) => [d.name.toLowerCase(), d]));
  const defaultDepartment = departmentRows.find((d) => d.id === options.defaultDepartmentId) ?? null;
  return {
    roles,
    defaultRole: { ...defaultRole, grantable: grantable.has(defaultRole.id) },
    departments,
    defaultDepartment,
    createMissingDepartments: options.createMissingDepartments,
    attributes,
  };
}
