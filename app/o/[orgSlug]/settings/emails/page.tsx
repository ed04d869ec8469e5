import type { Metadata } from 'next';
import { EmailTemplateList } from '@/components/settings/email-template-list';
import { NoAccess } from '@/components/ui/no-access';
import { updateEmailTemplateOp } from '@/lib/api/operations/email-templates';
import { can } from '@/lib/server/guard';
import { listEmailTemplates } from '@/lib/services/email-templates/email-templates';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'E-mail templates' };

export default async function EmailTemplatesPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/settings/emails`);
  if (!can(ctx, updateEmailTemplateOp))
    return <NoAccess what="change e-mail templates" permission={updateEmailTemplateOp.access.permission} />;
  const templates = await listEmailTemplates(ctx);
  return <EmailTemplateList basePath={`/o/${ctx.org.slug}/settings/emails`} templates={templates} />;
}
