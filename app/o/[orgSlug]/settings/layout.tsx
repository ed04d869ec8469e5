import type { ReactNode } from 'react';
import { SettingsNav, type SettingsTab } from '@/components/settings/settings-nav';
import { PageHeader } from '@/components/ui/page-header';
import { can } from '@/lib/server/guard';
import { orgContext } from '../org-context';

export default async function SettingsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ orgSlug: string }>;
}) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/settings`);
  const base = `/o/${ctx.org.slug}/settings`;
  const tabs: SettingsTab[] = [{ href: base, label: 'General', exact: true }];
  if (can(ctx, 'settings.manage')) tabs.push({ href: `${base}/emails`, label: 'E-mail templates' });
  if (can(ctx, 'settings.manage')) tabs.push({ href: `${base}/forms`, label: 'Forms' });
  if (can(ctx, 'settings.manage')) tabs.push({ href: `${base}/attributes`, label: 'Attributes' });
  if (can(ctx, 'api_keys.manage')) tabs.push({ href: `${base}/api-keys`, label: 'API keys' });
  if (can(ctx, 'webhooks.manage')) tabs.push({ href: `${base}/webhooks`, label: 'Webhooks' });
  if (can(ctx, 'api_keys.manage') && can(ctx, 'scim.provision'))
    tabs.push({ href: `${base}/provisioning`, label: 'Provisioning' });
  return (
    <>
      <PageHeader title="Settings" description={`How ${ctx.org.name} works in this portal and through the API.`} />
      <SettingsNav tabs={tabs} />
      {children}
    </>
  );
}
