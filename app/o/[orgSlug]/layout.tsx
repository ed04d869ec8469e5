import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { getMe } from '@/lib/services/me/get-me';
import { orgNav } from './nav';
import { orgContext } from './org-context';

export default async function OrgLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ orgSlug: string }>;
}) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug);
  const me = ctx.principal.kind === 'user' ? await getMe(ctx.principal) : null;

  const nav = orgNav(ctx);

  return (
    <AppShell
      org={ctx.org}
      orgs={me?.memberships.map((m) => m.organization) ?? []}
      isSuperadmin={me?.isSuperadmin ?? false}
      user={{ name: me ? `${me.firstName} ${me.lastName}`.trim() : '', email: me?.email ?? '' }}
      nav={nav}
      supportOf={ctx.membership === null ? ctx.org.id : undefined}
    >
      {children}
    </AppShell>
  );
}
