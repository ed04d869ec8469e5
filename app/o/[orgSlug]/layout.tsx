import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { getMe } from '@/lib/services/me/get-me';
import { organizationLogoPath } from '@/lib/services/organizations/public-logo';
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
  const orgs = me?.memberships.map((m) => m.organization) ?? [];
  // A superadmin here as support is not a member: the org's logo is looked up on its own.
  const mine = orgs.find((o) => o.id === ctx.org.id);
  const logoUrl = mine ? mine.logoUrl : await organizationLogoPath(ctx.org.id);

  return (
    <AppShell
      org={{ ...ctx.org, logoUrl }}
      orgs={orgs}
      isSuperadmin={me?.isSuperadmin ?? false}
      user={{ name: me ? `${me.firstName} ${me.lastName}`.trim() : '', email: me?.email ?? '' }}
      nav={nav}
      supportOf={ctx.membership === null ? ctx.org.id : undefined}
    >
      {children}
    </AppShell>
  );
}
