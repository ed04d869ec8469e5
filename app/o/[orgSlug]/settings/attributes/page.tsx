import type { Metadata } from 'next';
import { AttributeManager } from '@/components/attributes/attribute-manager';
import { NoAccess } from '@/components/ui/no-access';
import { createAttributeOp } from '@/lib/api/operations/attributes';
import { db } from '@/lib/server/db';
import { can } from '@/lib/server/guard';
import { loadAttributes } from '@/lib/services/attributes/effective';
import { orgContext } from '../../org-context';
import {
  createAttributeAction,
  createValueAction,
  deleteAttributeAction,
  deleteValueAction,
  inheritAttributeAction,
  updateAttributeAction,
  updateValueAction,
} from './actions';

export const metadata: Metadata = { title: 'Custom attributes' };

export default async function AttributesPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const ctx = await orgContext(orgSlug, `/o/${orgSlug}/settings/attributes`);
  if (!can(ctx, createAttributeOp))
    return <NoAccess what="manage custom attributes" permission={createAttributeOp.access.permission} />;
  const [attributes, defaults] = await Promise.all([loadAttributes(db, ctx.org.id), loadAttributes(db, null)]);
  const slug = ctx.org.slug;
  return (
    <AttributeManager
      scopeLabel="Custom attributes"
      attributes={attributes}
      defaults={defaults.filter((d) => d.status === 'active')}
      actions={{
        create: createAttributeAction.bind(null, slug),
        update: updateAttributeAction.bind(null, slug),
        remove: deleteAttributeAction.bind(null, slug),
        inherit: inheritAttributeAction.bind(null, slug),
        createValue: createValueAction.bind(null, slug),
        updateValue: updateValueAction.bind(null, slug),
        removeValue: deleteValueAction.bind(null, slug),
      }}
    />
  );
}
