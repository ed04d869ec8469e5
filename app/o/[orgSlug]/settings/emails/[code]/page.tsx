import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmailTemplateEditor } from '@/components/settings/email-template-editor';
import { NoAccess } from '@/components/ui/no-access';
import { updateEmailTemplateOp } from '@/lib/api/operations/email-templates';
import { TemplateCodeParam } from '@/lib/schemas/email-template';
import { config } from '@/lib/server/config';
import { can } from '@/lib/server/guard';
import { getEmailTemplate } from '@/lib/services/email-templates/email-templates';
import { orgContext } from '../../../org-context';

type Params = Promise<{ orgSlug: string; code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `E-mail template ${(await params).code}` };
}

export default async function EmailTemplatePage({ params }: { params: Params }) {
  const { orgSlug, code: rawCode } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/settings/emails/${encodeURIComponent(rawCode)}`);
  if (!can(ctx, updateEmailTemplateOp))
    return <NoAccess what="change e-mail templates" permission={updateEmailTemplateOp.access.permission} />;
  const code = TemplateCodeParam.safeParse(rawCode);
  if (!code.success) notFound();
  const template = await getEmailTemplate(ctx, code.data);
  return (
    <EmailTemplateEditor
      orgSlug={ctx.org.slug}
      template={template}
      sample={{ orgName: ctx.org.name, appName: config.appName, appUrl: config.appUrl ?? 'http://localhost:3000' }}
    />
  );
}
