'use server';

import { revalidatePath } from 'next/cache';
import { MfaPolicyInput } from '@/lib/schemas/mfa';
import { UpdateOrganizationInput } from '@/lib/schemas/organization';
import { runAction } from '@/lib/server/action';
import { updateOrganization } from '@/lib/services/organizations/update-organization';

/** Saves the general settings; the org's name shows in the whole shell, so the layout is refreshed too. */
export async function updateOrganizationAction(orgSlug: string, input: unknown) {
  const result = await runAction(
    { orgSlug, input, schema: UpdateOrganizationInput, permission: 'org.update' },
    updateOrganization,
  );
  if (result.ok) revalidatePath(`/o/${orgSlug}`, 'layout');
  return result;
}

/** Requires (or stops requiring) a second factor of every member: settings.manage, as in the API. */
export async function updateMfaPolicyAction(orgSlug: string, input: unknown) {
  const result = await runAction(
    { orgSlug, input, schema: MfaPolicyInput, permission: 'settings.manage' },
    updateOrganization,
  );
  if (result.ok) revalidatePath(`/o/${orgSlug}`, 'layout');
  return result;
}
