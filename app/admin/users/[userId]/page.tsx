import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminTopBar } from '@/components/admin/admin-top-bar';
import { UserDetailActions } from '@/components/admin/user-detail-actions';
import { OnOffBadge } from '@/components/ui/badge';
import { DateTime } from '@/components/ui/date-time';
import { PageHeader } from '@/components/ui/page-header';
import { Facts, Panel } from '@/components/ui/panel';
import { countryName } from '@/lib/schemas/country';
import { IdParam } from '@/lib/schemas/list';
import { AppError } from '@/lib/server/errors';
import { requireSuperadminPage } from '@/lib/server/page-guard';
import { getPlatformUser } from '@/lib/services/admin-users/get-platform-user';

export const metadata: Metadata = { title: 'User' };

async function load(userId: string) {
  if (!IdParam.safeParse(userId).success) notFound();
  try {
    return await getPlatformUser(userId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}

export default async function PlatformUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const principal = await requireSuperadminPage(`/admin/users/${encodeURIComponent(userId)}`);
  const user = await load(userId);
  const when = (value: string | null) => (value ? <DateTime value={value} /> : 'Never');
  return (
    <>
      <AdminTopBar email={principal.email} current="/admin/users" />
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-8 md:px-8">
        <Link href="/admin/users" className="text-sm font-medium text-indigo-700 hover:underline">
          ← All users
        </Link>
        <PageHeader
          title={`${user.firstName} ${user.lastName}`.trim() || user.email}
          description={`${user.email}${user.isSuperadmin ? ' · superadmin' : ''} · ${user.status}`}
          actions={<UserDetailActions user={user} self={user.id === principal.userId} />}
        />
        <div className="grid gap-6 md:grid-cols-2">
          <Panel id="profile" title="Profile">
            <Facts
              facts={[
                ['E-mail', user.email],
                ['Job title', user.jobTitle ?? '—'],
                ['Phone', user.phone ?? '—'],
                ['Country', user.country ? countryName(user.country) : '—'],
                ['Created', <DateTime key="c" value={user.createdAt} />],
                ['Last sign-in', when(user.lastLoginAt)],
                ['Last seen', when(user.lastSeenAt)],
              ]}
            />
          </Panel>
          <Panel id="security" title="Sign-in and security">
            <Facts
              testId="security"
              facts={[
                ['Status', user.status],
                ['Two-factor', <OnOffBadge key="m" on={user.mfaEnabled} />],
                ['Temporary password', user.mustChangePassword ? 'Must be changed at next sign-in' : 'No'],
                ['Active sessions', String(user.activeSessions)],
              ]}
            />
          </Panel>
          <Panel id="orgs" title="Organizations">
            {user.memberships.length === 0 ? (
              <p className="text-sm text-zinc-600">Not a member of any organization.</p>
            ) : (
              <ul className="divide-y divide-zinc-100 text-sm">
                {user.memberships.map((m) => (
                  <li key={m.organization.id} className="flex flex-wrap justify-between gap-2 py-2">
                    <Link href={`/admin/organizations/${m.organization.id}`} className="font-medium text-indigo-700">
                      {m.organization.name}
                    </Link>
                    <span className="text-zinc-700">
                      {m.role.name}
                      {m.status !== 'active' ? ' (deactivated)' : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <Panel id="audit" title="Audit">
            <ul className="space-y-2 text-sm">
              <li>
                <Link href={`/admin/audit?actor=${user.id}`} className="font-medium text-indigo-700 hover:underline">
                  What they did
                </Link>
              </li>
              <li>
                <Link
                  href={`/admin/audit?targetType=user&targetId=${user.id}`}
                  className="font-medium text-indigo-700 hover:underline"
                >
                  Changes to this account
                </Link>
              </li>
            </ul>
          </Panel>
        </div>
      </main>
    </>
  );
}
