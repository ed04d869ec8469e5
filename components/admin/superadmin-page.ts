import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { getAuthContext } from '@/lib/server/auth/context';
import { AppError } from '@/lib/server/errors';
import { requireSuperadmin } from '@/lib/server/guard';
import { signInUrl } from '@/lib/ui/callback-url';

/** The guard of every /admin page: anonymous -> sign in, anybody but a superadmin -> 404. */
export async function requireSuperadminPage(back: string) {
  try {
    return requireSuperadmin(await getAuthContext(await headers()));
  } catch (error) {
    if (error instanceof AppError && error.code === 'unauthenticated') redirect(signInUrl(back));
    notFound();
  }
}
