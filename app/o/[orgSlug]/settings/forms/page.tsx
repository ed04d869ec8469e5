import type { Metadata } from 'next';
import { FormEditor } from '@/components/forms/form-editor';
import { NoAccess } from '@/components/ui/no-access';
import { updateFormOp } from '@/lib/api/operations/forms';
import { ONBOARDING_FORM } from '@/lib/schemas/form';
import { can } from '@/lib/server/guard';
import { getAttributeDefinitions } from '@/lib/services/attributes/member-values';
import { findForm } from '@/lib/services/forms/get-form';
import { orgContext } from '../../org-context';

export const metadata: Metadata = { title: 'Forms' };

export default async function FormsSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/settings/forms`);
  if (!can(ctx, updateFormOp)) return <NoAccess what="edit forms" permission={updateFormOp.access.permission} />;
  const [form, defs] = await Promise.all([
    findForm(ctx.org.id, ONBOARDING_FORM.type, ONBOARDING_FORM.subType),
    getAttributeDefinitions(ctx.org.id),
  ]);
  return (
    <FormEditor
      orgSlug={ctx.org.slug}
      form={form ? { definition: form.definition, version: form.version, updatedAt: form.updatedAt } : null}
      attributes={defs.map((d) => ({ key: d.key, label: d.label, dataType: d.dataType, options: d.options }))}
    />
  );
}
