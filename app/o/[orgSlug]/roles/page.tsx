import type { Metadata } from 'next';
import { RolesView } from '@/components/roles/roles-view';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/server/guard';
import { isOwnerCaller } from '@/lib/services/members/role-rules';
import { listRoles } from '@/lib/services/roles/list-roles';
import { getPermissionCatalog } from '@/lib/services/roles/permission-catalog';
import { orgContext } from '../org-context';

export const metadata: Metadata = { title: 'Roles' };

export default async function RolesPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/roles`);

  if (!can(ctx, 'roles.read')) {
    return (
      <>
        <PageHeader title="Roles" />
        <NoAccess what="see roles" permission="roles.read" />
      </>
    );
  }

  return (
    <RolesView
      orgSlug={ctx.org.slug}
      roles={await listRoles(ctx)}
      catalog={getPermissionCatalog().data}
      caller={{
        canWrite: can(ctx, 'roles.write'),
        canSeeMembers: can(ctx, 'members.read'),
        isOwner: isOwnerCaller(ctx),
        permissions: [...ctx.permissions],
      }}
    />
  );
}
