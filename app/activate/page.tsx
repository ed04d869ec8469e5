import type { Metadata } from 'next';
import { ActivateAccount } from '@/components/account/activate-account';
import { ResendActivationForm } from '@/components/account/resend-activation-form';
import { AuthCard } from '@/components/auth/auth-card';
import { activationEmail } from '@/lib/services/accounts/activate';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Activate your account' };

export default async function ActivatePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { token } = firstValues(await searchParams);
  if (!token) {
    return (
      <AuthCard
        title="Activate your account"
        description="Open the link from the activation e-mail, or ask for a new one."
      >
        <ResendActivationForm />
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Activate your account">
      <ActivateAccount token={token} email={await activationEmail(token)} />
    </AuthCard>
  );
}
