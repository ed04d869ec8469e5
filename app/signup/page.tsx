import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/account/sign-up-form';
import { AuthCard } from '@/components/auth/auth-card';
import { buttonClasses } from '@/components/ui/button';
import { getAuthContext } from '@/lib/server/auth/context';
import { config } from '@/lib/server/config';

export const metadata: Metadata = { title: 'Sign up' };

export default async function SignUpPage() {
  if (!config.signupEnabled) {
    return (
      <AuthCard title="Sign-up is closed" description="New organizations are added by invitation only.">
        <p className="mb-4 text-zinc-600">
          Ask your administrator for an invitation, or sign in if you have an account.
        </p>
        <Link href="/signin" className={buttonClasses('primary', 'md', 'w-full')}>
          Go to sign in
        </Link>
      </AuthCard>
    );
  }
  const principal = await getAuthContext(await headers()).catch(() => null);
  if (principal) redirect('/');
  return (
    <AuthCard title="Create your organization" description="Sign up as its administrator. It takes a minute.">
      <SignUpForm termsUrl={config.termsUrl} />
    </AuthCard>
  );
}
