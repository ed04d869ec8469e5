import type { DomainJoinSettingsView } from '@/lib/services/domains/domain-join-settings';
import { DomainJoinForm } from './domain-join-form';
import { SsoRequiredForm } from './sso-required-form';

/** Settings › Domains, below the domains: who joins by domain, and whether they must use SSO. */
export function DomainJoinSection({
  orgSlug,
  settings,
  hasVerifiedDomain,
  canManageSso,
}: {
  orgSlug: string;
  settings: DomainJoinSettingsView;
  hasVerifiedDomain: boolean;
  canManageSso: boolean;
}) {
  return (
    <section aria-labelledby="domain-join-title" className="space-y-4 border-t border-zinc-200 pt-6">
      <div className="space-y-1">
        <h2 id="domain-join-title" className="text-base font-semibold text-zinc-900">
          Joining by domain
        </h2>
        <p className="text-zinc-600">
          What happens when someone whose activated e-mail is on one of your verified domains signs in.
        </p>
      </div>
      <DomainJoinForm
        orgSlug={orgSlug}
        domainJoin={settings.domainJoin}
        domainJoinRoleId={settings.domainJoinRoleId}
        roles={settings.roles}
        hasVerifiedDomain={hasVerifiedDomain}
      />
      <SsoRequiredForm
        orgSlug={orgSlug}
        required={settings.ssoRequired}
        hasEnabledSso={settings.hasEnabledSso}
        canManage={canManageSso}
      />
    </section>
  );
}
