import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ConfirmEmailChange } from '@/components/account/confirm-email-change';
import { AuthCard } from '@/components/auth/auth-card';
import { getAuthContext } from '@/lib/server/auth/context';
import { signInUrl } from '@/lib/ui/callback-url';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Confirm your new e-mail address' };

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { token = '' } = firstValues(await searchParams);
  const principal = await getAuthContext(await headers()).catch(() => null);
  // Only the account that asked for the change can confirm it: sign in first, then come back here.
  if (principal?.kind !== 'user') redirect(signInUrl(`/confirm-email?token=${encodeURIComponent(token)}`));
  return (
    <AuthCard title="Confirm your new e-mail address" description={`Signed in as ${principal.email}.`}>
      <ConfirmEmailChange token={token} />
    </AuthCard>
  );
}
