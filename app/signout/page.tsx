import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { buttonClasses } from '@/components/ui/button';
import { getAuthContext } from '@/lib/server/auth/context';

export const metadata: Metadata = { title: 'Sign out' };

export default async function SignOutPage() {
  const principal = await getAuthContext(await headers()).catch(() => null);
  if (principal?.kind !== 'user') redirect('/signin');
  return (
    <AuthCard title="Sign out" description={`You are signed in as ${principal.email}.`}>
      <div className="flex justify-end gap-2">
        <Link href="/" className={buttonClasses('secondary')}>
          Cancel
        </Link>
        <SignOutButton variant="primary" size="md" />
      </div>
    </AuthCard>
  );
}
