import type { Metadata } from 'next';
import { SsoView } from '@/components/sso/sso-view';
import { NoAccess } from '@/components/ui/no-access';
import { listSsoConnectionsOp } from '@/lib/api/operations/sso-connections';
import { can } from '@/lib/server/guard';
import { listRoles } from '@/lib/services/roles/list-roles';
import { listSsoConnections } from '@/lib/services/sso/connections/list-connections';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'Single sign-on' };

export default async function SsoPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/settings/sso`);
  if (!can(ctx, listSsoConnectionsOp)) {
    return <NoAccess what="set up single sign-on" permission={listSsoConnectionsOp.access.permission} />;
  }
  const [list, roles] = await Promise.all([listSsoConnections(ctx), listRoles(ctx)]);
  return (
    <SsoView
      orgSlug={ctx.org.slug}
      connections={list.data}
      // Nobody becomes an owner by signing in (to-connection.ts refuses it too).
      roles={roles.filter((r) => r.key !== 'owner').map((r) => ({ id: r.id, name: r.name }))}
    />
  );
}
