import type { Metadata } from 'next';
import { RequestRoleForm } from '@/components/requests/request-role-form';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requestableRoles } from '@/lib/services/role-requests/requestable-roles';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'Request a role' };

export default async function NewRoleRequestPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/requests/new`);
  const member = ctx.principal.kind === 'user' && ctx.membership !== null;
  const roles = member ? await requestableRoles(ctx) : [];
  return (
    <div className="max-w-2xl">
      <PageHeader
        title="Request a role"
        description={`Ask the administrators of ${ctx.org.name} for another role. You are told by e-mail when they decide.`}
      />
      {!member ? (
        <Alert tone="info">Only members of this organization can request a role.</Alert>
      ) : roles.length === 0 ? (
        <Alert tone="info">This organization has no other role to request.</Alert>
      ) : (
        <div className="rounded-lg border border-zinc-200 bg-white p-5 shadow-sm">
          <RequestRoleForm
            orgSlug={ctx.org.slug}
            roles={roles.map(({ id, name, description, permissions }) => ({ id, name, description, permissions }))}
          />
        </div>
      )}
    </div>
  );
}
