import type { ImportMapping, ImportUploadFields } from '@/lib/schemas/import';
import { db } from '@/lib/server/db';
import { forbidden, invalid } from '@/lib/server/errors';
import { holds, type OrgContext } from '@/lib/server/guard';
import { inviterId, inviterName } from '@/lib/services/invitations/inviter';
import { roleGrantProblem } from '@/lib/services/invitations/role-grant';
import type { LookupOptions } from './lookups';

/** What an import remembers of its options and of who started it (imports.options). */
export interface ImportOptions extends LookupOptions {
  mapping: ImportMapping;
  headers: string[];
  sendInvitations: boolean;
  inviterName: string;
  inviterId: string | null;
}

/**
 * Checks the options sent with a file against the org and the caller: the
 * default role must exist and be one the caller may hand out, the default
 * department must exist, and creating departments needs departments.write.
 * Which roles the caller may grant is decided now, because the job runs later.
 */
export async function resolveOptions(ctx: OrgContext, fields: ImportUploadFields) {
  const [roles, department] = await Promise.all([
    db.role.findMany({
      where: { organizationId: ctx.org.id },
      select: { id: true, key: true, name: true, permissions: true },
    }),
    fields.defaultDepartmentId
      ? db.department.findFirst({
          where: { id: fields.defaultDepartmentId, organizationId: ctx.org.id },
          select: { id: true },
        })
      : null,
  ]);
  const defaultRole = fields.defaultRoleId
    ? roles.find((r) => r.id === fields.defaultRoleId)
    : roles.find((r) => r.key === 'member');
  if (!defaultRole) throw invalid({ defaultRoleId: ['Choose a role of this organization'] });
  const problem = roleGrantProblem(ctx, defaultRole);
  if (problem) throw invalid({ defaultRoleId: [problem] });
  if (fields.defaultDepartmentId && !department) {
    throw invalid({ defaultDepartmentId: ['Choose a department of this organization'] });
  }
  if (fields.createMissingDepartments && !holds(ctx, 'departments.write')) {
    throw forbidden('Creating missing departments needs the departments.write permission');
  }
  return {
    defaultRoleId: defaultRole.id,
    defaultDepartmentId: department?.id ?? null,
    createMissingDepartments: fields.createMissingDepartments,
    grantableRoleIds: roles.filter((r) => roleGrantProblem(ctx, r) === null).map((r) => r.id),
    sendInvitations: fields.sendInvitations,
    inviterName: inviterName(ctx),
    inviterId: inviterId(ctx),
  };
}
