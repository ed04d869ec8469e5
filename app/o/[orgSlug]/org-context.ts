import 'server-only';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getAuthContext } from '@/lib/server/auth/context';
import { AppError } from '@/lib/server/errors';
import { type OrgContext, requireOrg } from '@/lib/server/guard';
import { MUST_CHANGE_URL, mustChangePassword } from '@/lib/services/profile/must-change-password';
import { signInUrl } from '@/lib/ui/callback-url';

// One guard call per request, shared by the org layout and its pages.
const resolveOrg = cache(async (slug: string) => {
  const principal = await getAuthContext(await headers());
  // An admin-set temporary password must be replaced before the org is entered.
  if (principal?.kind === 'user' && (await mustChangePassword(principal.userId))) redirect(MUST_CHANGE_URL);
  return requireOrg(principal, { slug });
});

/**
 * The org of an /o/[orgSlug] page: signed out -> the sign-in page (then back to
 * `returnTo`); not a member, or no such org -> 404; no second factor where the org
 * requires one -> its enrollment page.
 */
export async function orgContext(slug: string, returnTo = `/o/${slug}`): Promise<OrgContext> {
  try {
    return await resolveOrg(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === 'unauthenticated') redirect(signInUrl(returnTo));
    if (error instanceof AppError && error.code === 'not_found') notFound();
    // The org requires a second factor this person has not set up: enrollment is all they may see.
    if (error instanceof AppError && error.code === 'mfa_enrollment_required') {
      redirect(`/account/two-factor?org=${encodeURIComponent(slug)}`);
    }
    throw error;
  }
}
