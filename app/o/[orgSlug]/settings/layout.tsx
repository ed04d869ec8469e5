import type { ReactNode } from 'react';
import { SettingsNav, type SettingsTab } from '@/components/settings/settings-nav';
import { PageHeader } from '@/components/ui/page-header';
import { setScimCreateModeOp } from '@/lib/api/operations/action-only';
import { createApiKeyOp } from '@/lib/api/operations/api-keys';
import { createAttributeOp } from '@/lib/api/operations/attributes';
import { listDomainsOp } from '@/lib/api/operations/domains';
import { updateEmailTemplateOp } from '@/lib/api/operations/email-templates';
import { updateFormOp } from '@/lib/api/operations/forms';
import { listSsoConnectionsOp } from '@/lib/api/operations/sso-connections';
import { listWebhooksOp } from '@/lib/api/operations/webhooks';
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
  if (can(ctx, updateEmailTemplateOp)) tabs.push({ href: `${base}/emails`, label: 'E-mail templates' });
  if (can(ctx, updateFormOp)) tabs.push({ href: `${base}/forms`, label: 'Forms' });
  if (can(ctx, createAttributeOp)) tabs.push({ href: `${base}/attributes`, label: 'Attributes' });
  if (can(ctx, createApiKeyOp)) tabs.push({ href: `${base}/api-keys`, label: 'API keys' });
  if (can(ctx, listWebhooksOp)) tabs.push({ href: `${base}/webhooks`, label: 'Webhooks' });
  if (can(ctx, createApiKeyOp) && can(ctx, setScimCreateModeOp))
    tabs.push({ href: `${base}/provisioning`, label: 'Provisioning' });
  if (can(ctx, listDomainsOp)) tabs.push({ href: `${base}/domains`, label: 'Domains' });
  if (can(ctx, listSsoConnectionsOp)) tabs.push({ href: `${base}/sso`, label: 'Single sign-on' });
  return (
    <>
      <PageHeader title="Settings" description={`How ${ctx.org.name} works in this portal and through the API.`} />
      <SettingsNav tabs={tabs} />
      {children}
    </>
  );
}
