'use server';

import { revalidatePath } from 'next/cache';
import { updateMfaPolicyOp } from '@/lib/api/operations/action-only';
import { updateOrganizationOp } from '@/lib/api/operations/organizations';
import { MfaPolicyInput } from '@/lib/schemas/mfa';
import { UpdateOrganizationInput } from '@/lib/schemas/organization';
import { runAction } from '@/lib/server/action';
import { updateOrganization } from '@/lib/services/organizations/update-organization';

/** Saves the general settings; the org's name shows in the whole shell, so the layout is refreshed too. */
export async function updateOrganizationAction(orgSlug: string, input: unknown) {
  const result = await runAction(
    updateOrganizationOp,
    { orgSlug, input, schema: UpdateOrganizationInput },
    updateOrganization,
  );
  if (result.ok) revalidatePath(`/o/${orgSlug}`, 'layout');
  return result;
}

/** Requires (or stops requiring) a second factor of every member: settings.manage, as in the API. */
export async function updateMfaPolicyAction(orgSlug: string, input: unknown) {
  const result = await runAction(updateMfaPolicyOp, { orgSlug, input, schema: MfaPolicyInput }, updateOrganization);
  if (result.ok) revalidatePath(`/o/${orgSlug}`, 'layout');
  return result;
}
