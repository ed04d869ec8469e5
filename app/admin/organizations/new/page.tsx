import type { Metadata } from 'next';
import { AdminTopBar } from '@/components/admin/admin-top-bar';
import { OnboardingWizard } from '@/components/admin/onboarding-wizard';
import { PageHeader } from '@/components/ui/page-header';
import { requireSuperadminPage } from '@/lib/server/page-guard';
import { firstValues, type RawSearchParams } from '@/lib/ui/search-params';

export const metadata: Metadata = { title: 'Onboard an organization' };

export default async function NewOrganizationPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const raw = firstValues(await searchParams);
  const principal = await requireSuperadminPage('/admin/organizations/new');
  const text = (key: string) => (raw[key] ?? '').slice(0, 254);
  return (
    <>
      <AdminTopBar email={principal.email} current="/admin/organizations" />
      <main className="mx-auto max-w-6xl px-4 py-8 md:px-8">
        <PageHeader
          title="Onboard an organization"
          description="Create the organization and its built-in roles, and invite its first admin as owner."
        />
        <OnboardingWizard
          initialOrg={{
            name: text('name'),
            slug: text('slug'),
            domain: text('domain'),
            industry: text('industry'),
            location: text('location'),
            website: text('website'),
          }}
          initialAdmin={{
            email: text('adminEmail'),
            firstName: text('adminFirstName'),
            lastName: text('adminLastName'),
            jobTitle: text('adminJobTitle'),
            phone: text('adminPhone'),
          }}
          demoRequestId={text('demoRequestId') || undefined}
        />
      </main>
    </>
  );
}
