import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getAuthContext } from '@/lib/server/auth/context';
import { AppError } from '@/lib/server/errors';
import { type OrgContext, requireOrg } from '@/lib/server/guard';
import { pageRefusal } from '@/lib/server/page-guard';

// One guard call per request, shared by the org layout and its pages.
const resolveOrg = cache(async (slug: string) => {
  return requireOrg(await getAuthContext(await headers()), { slug });
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
    // The org requires a second factor this person has not set up: enrollment is all they may see.
    if (error instanceof AppError && error.code === 'mfa_enrollment_required') {
      redirect(`/account/two-factor?org=${encodeURIComponent(slug)}`);
    }
    // Signed out: sign in, then back; an admin-set password: change it first; not a member: 404.
    return pageRefusal(error, returnTo);
  }
}
