import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/account/reset-password-form';
import { AuthCard } from '@/components/auth/auth-card';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Choose a new password' };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { token, email } = firstValues(await searchParams);
  return (
    <AuthCard
      title="Choose a new password"
      description={token ? 'Your reset link is filled in.' : 'Enter your e-mail and the 6-digit code from the e-mail.'}
    >
      <ResetPasswordForm token={token} email={email} />
    </AuthCard>
  );
}
