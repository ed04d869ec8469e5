import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignInForm } from '@/components/auth/sign-in-form';
import { SsoStartForm } from '@/components/auth/sso-start-form';
import { Alert } from '@/components/ui/alert';
import { getAuthContext } from '@/lib/server/auth/context';
import { config } from '@/lib/server/config';
import { SSO_ERROR_COOKIE } from '@/lib/services/sso/finish-response';
import { safeCallbackUrl } from '@/lib/ui/callback-url';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const principal = await getAuthContext(await headers()).catch(() => null);
  if (principal) redirect(callbackUrl);

  // next-auth sends errors of its own flows here as ?error=<code>; they are never shown verbatim.
  const initialError = params.error ? 'Sign-in failed. Please try again.' : undefined;
  // A refused single sign-on comes back with its reason in a cookie that lives a minute (finish-response.ts).
  const ssoError = (await cookies()).get(SSO_ERROR_COOKIE)?.value;
  return (
    <AuthCard title="Sign in" description="Use your work e-mail and password.">
      {params.activated ? (
        <Alert tone="info" title="Your account is active" className="mb-4">
          <span data-testid="activation-result">Sign in with your password to start.</span>
        </Alert>
      ) : null}
      {ssoError ? (
        <Alert title="Single sign-on did not work" className="mb-4">
          <span data-testid="sso-error">{ssoError.slice(0, 500)}</span>
        </Alert>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} email={params.email?.slice(0, 254)} />
      <div className="my-6 flex items-center gap-3 text-xs text-zinc-500" aria-hidden="true">
        <span className="h-px flex-1 bg-zinc-200" />
        or
        <span className="h-px flex-1 bg-zinc-200" />
      </div>
      <SsoStartForm callbackUrl={callbackUrl} />
      <nav aria-label="Other ways in" className="mt-6 flex justify-between text-sm">
        <Link href="/forgot-password" className="text-zinc-600 underline-offset-2 hover:underline">
          Forgot your password?
        </Link>
        {config.signupEnabled ? (
          <Link href="/signup" className="font-medium text-zinc-900 underline-offset-2 hover:underline">
            Create an account
          </Link>
        ) : null}
      </nav>
    </AuthCard>
  );
}
