import type { Metadata } from 'next';
import Link from 'next/link';
import { TwoFactorSettings } from '@/components/account/security/two-factor';
import { AuthCard } from '@/components/auth/auth-card';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { buttonClasses } from '@/components/ui/button';
import { requireUserPage } from '@/lib/server/page-guard';
import { getMfaStatus } from '@/lib/services/mfa/status';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Set up two-factor authentication' };

/**
 * Where an org that requires a second factor sends a member who has none
 * (app/o/[orgSlug]/org-context.ts): only the enrollment, then the way back in.
 */
export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { org } = firstValues(await searchParams);
  const principal = await requireUserPage(`/account/two-factor${org ? `?org=${encodeURIComponent(org)}` : ''}`);
  const status = await getMfaStatus(principal);
  const target = status.requiredBy.find((o) => o.slug === org) ?? status.requiredBy[0];
  const enabled = status.totp.enabled || status.passkeys.length > 0;
  return (
    <AuthCard
      title="Set up two-factor authentication"
      description={
        target
          ? `${target.name} requires a second factor after your password: an authenticator app or a passkey.`
          : 'Add a second factor after your password: an authenticator app or a passkey.'
      }
    >
      <div className="space-y-6">
        {enabled ? (
          <div className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900">
            <p className="font-medium">Two-factor authentication is on.</p>
            <Link href={target ? `/o/${target.slug}` : '/'} className={buttonClasses('primary')}>
              {target ? `Continue to ${target.name}` : 'Continue'}
            </Link>
          </div>
        ) : null}
        <TwoFactorSettings status={status} />
        <div className="flex items-center justify-between border-t border-zinc-100 pt-4 text-sm">
          <Link href="/account#security" className="text-zinc-600 underline-offset-2 hover:underline">
            Your account
          </Link>
          <SignOutButton />
        </div>
      </div>
    </AuthCard>
  );
}
