import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { SKIP_JOIN_PARAM } from '@/lib/schemas/domain-join';
import { getAuthContext } from '@/lib/server/auth/context';
import { suggestedOrgs } from '@/lib/services/domains/domain-join';
import { getMe } from '@/lib/services/me/get-me';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Choose an organization' };

/**
 * Where a signed-in person lands: the orgs suggested to them by their e-mail's domain first (unless
 * they chose to go on without), then their only org, or a choice between several.
 */
export default async function Home({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const principal = await getAuthContext(await headers());
  if (principal?.kind !== 'user') redirect('/signin');
  const skipJoin = firstValues(await searchParams)[SKIP_JOIN_PARAM] !== undefined;
  if (!skipJoin && (await suggestedOrgs(principal.userId)).length > 0) redirect('/join');
  const me = await getMe(principal);
  const orgs = me.memberships.map((m) => ({ ...m.organization, role: m.role.name }));
  const [only] = orgs;
  if (orgs.length === 1 && only) redirect(`/o/${only.slug}`);
  if (orgs.length === 0 && me.isSuperadmin) redirect('/admin');

  return (
    <AuthCard
      title={orgs.length ? 'Choose an organization' : 'No organization yet'}
      description={
        orgs.length
          ? `Signed in as ${me.email}.`
          : `${me.email} is not a member of any active organization. Ask an administrator to invite you.`
      }
    >
      {orgs.length ? (
        <nav aria-label="Your organizations">
          <ul className="divide-y divide-zinc-100 overflow-hidden rounded-lg border border-zinc-200">
            {orgs.map((org) => (
              <li key={org.id}>
                <Link
                  href={`/o/${org.slug}`}
                  className="flex items-center justify-between gap-3 px-3 py-2.5 hover:bg-zinc-50"
                >
                  <span className="font-medium text-zinc-900">{org.name}</span>
                  <span className="text-xs text-zinc-500">{org.role}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="mt-4 flex items-center justify-between gap-2">
        {me.isSuperadmin ? (
          <Link href="/admin" className="font-medium text-indigo-700 hover:underline">
            Platform admin
          </Link>
        ) : (
          <span />
        )}
        <SignOutButton />
      </div>
    </AuthCard>
  );
}
