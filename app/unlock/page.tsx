import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { checkUserToken } from '@/lib/server/auth/user-tokens';
import { toAppError } from '@/lib/server/errors';
import { requestMeta } from '@/lib/server/request-meta';
import { UNLOCK_MESSAGES, unlockAccount } from '@/lib/services/auth/unlock';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Unlock your account' };

async function unlock(formData: FormData) {
  'use server';
  const token = String(formData.get('token') ?? '');
  const error = await unlockAccount(token, requestMeta(await headers())).then(() => null, toAppError);
  if (!error) redirect('/unlock?status=unlocked');
  if (error.code === 'rate_limited') redirect('/unlock?status=busy');
  // The page checks the token again and says why it no longer works.
  redirect(`/unlock?token=${encodeURIComponent(token)}`);
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm rounded-xl border border-zinc-200 bg-white p-6 shadow-sm">
        <h1 className="text-lg font-semibold tracking-tight text-zinc-900">{title}</h1>
        <div className="mt-3 space-y-5 text-zinc-600">{children}</div>
      </div>
    </main>
  );
}

const signInLink = (
  <Link href="/signin" className={buttonClasses('primary', 'md', 'w-full')}>
    Go to sign in
  </Link>
);

export default async function UnlockPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  if (params.status === 'unlocked') {
    return (
      <Card title="Account unlocked">
        <p data-testid="unlock-result">Your account is unlocked. You can sign in now.</p>
        {signInLink}
      </Card>
    );
  }
  if (params.status === 'busy') {
    return (
      <Card title="Try again later">
        <p data-testid="unlock-result">Too many unlock attempts from your network. Try again in an hour.</p>
        {signInLink}
      </Card>
    );
  }
  const check = params.token ? await checkUserToken(params.token, 'unlock') : null;
  if (!check?.ok) {
    return (
      <Card title="This link does not work">
        <p data-testid="unlock-result">{UNLOCK_MESSAGES[check?.reason ?? 'invalid']}</p>
        {signInLink}
      </Card>
    );
  }
  return (
    <Card title="Unlock your account">
      <p>Your account was locked after too many failed sign-in attempts. Unlock it to sign in again right away.</p>
      <form action={unlock}>
        <input type="hidden" name="token" value={params.token} />
        <button type="submit" className={buttonClasses('primary', 'md', 'w-full')}>
          Unlock my account
        </button>
      </form>
    </Card>
  );
}
