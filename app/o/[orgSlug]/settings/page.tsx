import type { Metadata } from 'next';
import { LogoForm } from '@/components/organizations/logo-form';
import { GeneralSettingsForm } from '@/components/settings/general-settings-form';
import { MfaPolicyForm } from '@/components/settings/mfa-policy-form';
import { OrganizationProfile } from '@/components/settings/organization-profile';
import { SettingsSection } from '@/components/settings/settings-section';
import { NoAccess } from '@/components/ui/no-access';
import { updateMfaPolicyOp } from '@/lib/api/operations/action-only';
import { getOrganizationOp, updateOrganizationOp } from '@/lib/api/operations/organizations';
import { can } from '@/lib/server/guard';
import { membersWithoutMfa } from '@/lib/services/mfa/org-policy';
import { getOrganization } from '@/lib/services/organizations/get-organization';
import { organizationLogoPath } from '@/lib/services/organizations/public-logo';
import { orgContext } from '../org-context';

export const metadata: Metadata = { title: 'Settings' };

/** General settings: the profile, invitation settings, the logo and the 2FA policy; read-only without org.update. */
export default async function GeneralSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/settings`);
  if (!can(ctx, getOrganizationOp))
    return <NoAccess what="see the organization profile" permission={getOrganizationOp.access.permission} />;
  const organization = await getOrganization(ctx);
  const policy = can(ctx, updateMfaPolicyOp) ? (
    <MfaPolicyForm
      orgSlug={ctx.org.slug}
      required={organization.requireMfa}
      withoutFactor={await membersWithoutMfa(ctx)}
      callerHasFactor={ctx.principal.kind === 'user' && ctx.principal.mfaEnabled === true}
    />
  ) : null;
  if (!can(ctx, updateOrganizationOp)) {
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
      <SettingsSection title="Logo" description="Brands the app, the organization switcher, e-mails and invitations.">
        <LogoForm org={ctx.org} logoUrl={await organizationLogoPath(ctx.org.id)} />
      </SettingsSection>
      {policy}
    </>
  );
}
