'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateFormOp } from '@/lib/api/operations/forms';
import { FormDefinition, ONBOARDING_FORM } from '@/lib/schemas/form';
import { runAction } from '@/lib/server/action';
import { createForm } from '@/lib/services/forms/create-form';
import { findForm } from '@/lib/services/forms/get-form';
import { formEtag } from '@/lib/services/forms/to-form';
import { updateForm } from '@/lib/services/forms/update-form';

const SaveInput = z.object({ definition: FormDefinition, version: z.number().int().min(0) });

/**
 * Saves the org's onboarding form: creates it (version 1) or updates the version
 * the editor loaded (`version`), so a save on top of someone else's is a 412.
 */
export async function saveOnboardingFormAction(orgSlug: string, input: unknown) {
  const result = await runAction(
    updateFormOp,
    { orgSlug, input, schema: SaveInput },
    async (ctx, { definition, version }) => {
      const existing = await findForm(ctx.org.id, ONBOARDING_FORM.type, ONBOARDING_FORM.subType);
      if (!existing) return createForm(ctx, { ...ONBOARDING_FORM, definition });
      return updateForm(ctx, existing.id, { definition }, formEtag({ id: existing.id, version }));
    },
  );
  if (result.ok) revalidatePath(`/o/${orgSlug}/settings/forms`);
  return result;
}
