import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { OnboardingForm } from '@/components/forms/onboarding-form';
import { PageHeader } from '@/components/ui/page-header';
import { ONBOARDING_FORM } from '@/lib/schemas/form';
import { db } from '@/lib/server/db';
import { getAttributeDefinitions } from '@/lib/services/attributes/member-values';
import { findForm } from '@/lib/services/forms/get-form';
import { orgContext } from '../org-context';

export const metadata: Metadata = { title: 'Welcome' };

/** Shown after accepting an invitation: the org's profile/onboarding form, or straight on to the dashboard. */
export default async function OnboardingPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/onboarding`);
  const home = `/o/${ctx.org.slug}`;
  const form = await findForm(ctx.org.id, ONBOARDING_FORM.type, ONBOARDING_FORM.subType);
  if (!form || ctx.principal.kind !== 'user') redirect(home);
  const userId = ctx.principal.userId;
  const [user, defs] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: { firstName: true, lastName: true, jobTitle: true, phone: true, country: true },
    }),
    getAttributeDefinitions(ctx.org.id),
  ]);
  const defaults = Object.fromEntries(Object.entries(user).map(([k, v]) => [k, v ?? '']));
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={`Welcome to ${ctx.org.name}`}
        description="A few details so your colleagues know who you are."
      />
      <OnboardingForm
        orgSlug={ctx.org.slug}
        definition={form.definition}
        version={form.version}
        attributes={defs.map((d) => ({ key: d.key, label: d.label, dataType: d.dataType, options: d.options }))}
        defaults={defaults}
        home={home}
      />
    </div>
  );
}
