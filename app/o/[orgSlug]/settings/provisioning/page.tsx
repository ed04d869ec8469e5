import type { Metadata } from 'next';
import { ProvisioningView } from '@/components/settings/provisioning-view';
import { NoAccess } from '@/components/ui/no-access';
import { setScimCreateModeOp } from '@/lib/api/operations/action-only';
import { createApiKeyOp } from '@/lib/api/operations/api-keys';
import { config } from '@/lib/server/config';
import { can } from '@/lib/server/guard';
import { listScimRequests } from '@/lib/services/scim/list-scim-requests';
import { getScimCreateMode } from '@/lib/services/scim/set-scim-create-mode';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'Provisioning' };

export default async function ProvisioningPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/settings/provisioning`);
  if (!can(ctx, createApiKeyOp) || !can(ctx, setScimCreateModeOp)) {
    return (
      <NoAccess
        what="set up SCIM provisioning"
        permission={`${createApiKeyOp.access.permission} and ${setScimCreateModeOp.access.permission}`}
      />
    );
  }
  const appUrl = (config.appUrl ?? 'http://localhost:3000').replace(/\/+$/, '');
  return (
    <ProvisioningView
      orgSlug={ctx.org.slug}
      baseUrl={`${appUrl}/scim/v2`}
      mode={await getScimCreateMode(ctx)}
      requests={await listScimRequests(ctx)}
    />
  );
}
