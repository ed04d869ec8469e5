import type { Metadata } from 'next';
import { GeneralSettingsForm } from '@/components/settings/general-settings-form';
import { MfaPolicyForm } from '@/components/settings/mfa-policy-form';
import { OrganizationProfile } from '@/components/settings/organization-profile';
import { NoAccess } from '@/components/ui/no-access';
import { can } from '@/lib/server/guard';
import { membersWithoutMfa } from '@/lib/services/mfa/org-policy';
import { getOrganization } from '@/lib/services/organizations/get-organization';
import { orgContext } from '../org-context';

export const metadata: Metadata = { title: 'Settings' };

/** General settings: the profile, invitation settings and the 2FA policy; read-only without org.update. */
export default async function GeneralSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/settings`);
  if (!can(ctx, 'org.read')) return <NoAccess what="see the organization profile" permission="org.read" />;
  const organization = await getOrganization(ctx);
  const policy = can(ctx, 'settings.manage') ? (
    <MfaPolicyForm
      orgSlug={ctx.org.slug}
      required={organization.requireMfa}
      withoutFactor={await membersWithoutMfa(ctx)}
      callerHasFactor={ctx.principal.kind === 'user' && ctx.principal.mfaEnabled === true}
    />
  ) : null;
  if (!can(ctx, 'org.update')) {
    return (
      <>
        <OrganizationProfile organization={organization} />
        {policy}
      </>
    );
  }
  return (
    <>
      <GeneralSettingsForm orgSlug={ctx.org.slug} organization={organization} />
      {policy}
    </>
  );
}
