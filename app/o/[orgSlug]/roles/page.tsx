import type { Metadata } from 'next';
import { RolesView } from '@/components/roles/roles-view';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { listMembersOp } from '@/lib/api/operations/members';
import { listRolesOp, updateRoleOp } from '@/lib/api/operations/roles';
import { can } from '@/lib/server/guard';
import { isOwnerCaller } from '@/lib/services/members/role-rules';
import { listRoles } from '@/lib/services/roles/list-roles';
import { getPermissionCatalog } from '@/lib/services/roles/permission-catalog';
import { orgContext } from '../org-context';

export const metadata: Metadata = { title: 'Roles' };

export default async function RolesPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/roles`);

  if (!can(ctx, listRolesOp)) {
    return (
      <>
        <PageHeader title="Roles" />
        <NoAccess what="see roles" permission={listRolesOp.access.permission} />
      </>
    );
  }

  return (
    <RolesView
      orgSlug={ctx.org.slug}
      roles={await listRoles(ctx)}
      catalog={getPermissionCatalog().data}
      caller={{
        canWrite: can(ctx, updateRoleOp),
        canSeeMembers: can(ctx, listMembersOp),
        isOwner: isOwnerCaller(ctx),
        permissions: [...ctx.permissions],
      }}
    />
  );
}
