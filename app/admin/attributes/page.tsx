import type { Metadata } from 'next';
import { AdminTopBar } from '@/components/admin/admin-top-bar';
import { AttributeManager } from '@/components/attributes/attribute-manager';
import { PageHeader } from '@/components/ui/page-header';
import { db } from '@/lib/server/db';
import { requireSuperadminPage } from '@/lib/server/page-guard';
import { loadAttributes } from '@/lib/services/attributes/effective';
import {
  createDefaultAction,
  createDefaultValueAction,
  deleteDefaultAction,
  deleteDefaultValueAction,
  updateDefaultAction,
  updateDefaultValueAction,
} from './actions';

export const metadata: Metadata = { title: 'Default attributes' };

const PATH = '/admin/attributes';

export default async function DefaultAttributesPage() {
  const principal = await requireSuperadminPage(PATH);
  const attributes = await loadAttributes(db, null);
  return (
    <>
      <AdminTopBar email={principal.email} current={PATH} />
      <main className="mx-auto max-w-6xl px-4 py-8 md:px-8">
        <PageHeader
          title="Default attributes"
          description="Platform defaults that organizations inherit. Inheriting orgs follow your changes until they override the attribute."
        />
        <AttributeManager
          scopeLabel="Default attributes"
          attributes={attributes}
          actions={{
            create: createDefaultAction,
            update: updateDefaultAction,
            remove: deleteDefaultAction,
            createValue: createDefaultValueAction,
            updateValue: updateDefaultValueAction,
            removeValue: deleteDefaultValueAction,
          }}
        />
      </main>
    </>
  );
}
