import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountSection } from '@/components/account/account-section';
import { AvatarForm } from '@/components/account/avatar-form';
import { ChangeEmailForm } from '@/components/account/change-email-form';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { OwnAttributesForm } from '@/components/account/own-attributes-form';
import { ProfileForm } from '@/components/account/profile-form';
import { TwoFactorSettings } from '@/components/account/security/two-factor';
import { SessionsList } from '@/components/account/sessions-list';
import { MyRoleRequests } from '@/components/requests/my-role-requests';
import { ShareLinksSection } from '@/components/share-links/share-links-section';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUserPage } from '@/lib/server/page-guard';
import { listSessions } from '@/lib/services/accounts/list-sessions';
import { getMe } from '@/lib/services/me/get-me';
import { getMfaStatus } from '@/lib/services/mfa/status';
import { ownAttributes } from './own-attributes';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  const principal = await requireUserPage('/account');
  const [{ data: sessions }, me, mfa] = await Promise.all([
    listSessions(principal),
    getMe(principal),
    getMfaStatus(principal),
  ]);
  // Set by /o/* redirecting to ?mustChange=1; the flag itself decides, so the banner goes once the password changes.
  const mustChange = me.mustChangePassword;
  const orgAttributes = await ownAttributes(
    principal.userId,
    me.memberships.map((m) => ({ id: m.organization.id, name: m.organization.name })),
  );
  return (
    <div className="min-h-dvh">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="flex items-center gap-2 font-semibold text-zinc-900">
            <span
              aria-hidden="true"
              className="flex size-7 items-center justify-center rounded-md bg-zinc-900 text-xs font-bold text-white"
            >
              O
            </span>
            Org Admin
          </Link>
          <div className="flex min-w-0 items-center gap-2">
            <span className="truncate text-xs text-zinc-500" data-testid="user-email">
              {principal.email}
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <PageHeader title="Your account" description={`Signed in as ${principal.name || principal.email}.`} />
        {mustChange ? (
          <Alert title="Choose a new password" className="border-amber-300 bg-amber-50 text-amber-900">
            <span data-testid="must-change-banner">
              Your password was set by an administrator. Change it before you continue to your organization.
            </span>
          </Alert>
        ) : null}
        <AccountSection id="password-heading" title="Password">
          <ChangePasswordForm />
        </AccountSection>
        <AccountSection
          id="security"
          title="Security"
          description="A second factor after your password, recovery codes, and where you are signed in."
        >
          <TwoFactorSettings status={mfa} />
          <h3 id="sessions-heading" className="mt-8 mb-1 text-sm font-semibold text-zinc-900">
            Where you are signed in
          </h3>
          <p className="mb-3 text-zinc-600">
            Browsers and API clients using your account. Sign out any you do not recognise.
          </p>
          <SessionsList sessions={sessions} />
        </AccountSection>
        <AccountSection id="profile-heading" title="Profile">
          <ProfileForm profile={me} />
        </AccountSection>
        {orgAttributes.length > 0 ? (
          <AccountSection
            id="attributes-heading"
            title="Organization details"
            description="Details your organizations ask of their members, which you may keep up to date yourself."
          >
            <div className="divide-y divide-zinc-100 [&>*]:py-4 [&>*:first-child]:pt-0 [&>*:last-child]:pb-0">
              {orgAttributes.map((o) => (
                <OwnAttributesForm key={o.orgId} {...o} />
              ))}
            </div>
          </AccountSection>
        ) : null}
        <AccountSection id="avatar-heading" title="Picture">
          <AvatarForm avatarUrl={me.avatarUrl} name={`${me.firstName} ${me.lastName}`} />
        </AccountSection>
        <ShareLinksSection principal={principal} />
        <AccountSection id="email-heading" title="E-mail address">
          <ChangeEmailForm currentEmail={principal.email} />
        </AccountSection>
        <MyRoleRequests principal={principal} />
      </main>
    </div>
  );
}
