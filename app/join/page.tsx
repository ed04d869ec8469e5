import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SuggestedOrgs } from '@/components/auth/suggested-orgs';
import { SKIP_JOIN_PARAM } from '@/lib/schemas/domain-join';
import { getAuthContext } from '@/lib/server/auth/context';
import { suggestedOrgs } from '@/lib/services/domains/domain-join';

export const metadata: Metadata = { title: 'Join your organization' };

/** After sign-in: the orgs that verified the domain of the person's e-mail and suggest joining them. */
export default async function JoinPage() {
  const principal = await getAuthContext(await headers());
  if (principal?.kind !== 'user') redirect('/signin');
  const orgs = await suggestedOrgs(principal.userId);
  if (orgs.length === 0) redirect(`/?${SKIP_JOIN_PARAM}=1`);
  return (
    <AuthCard
      title={orgs.length === 1 ? 'Join your organization' : 'Join your organizations'}
      description={`These organizations verified the domain of ${principal.email}: you can join them now.`}
    >
      <SuggestedOrgs orgs={orgs} continueHref={`/?${SKIP_JOIN_PARAM}=1`} />
    </AuthCard>
  );
}
