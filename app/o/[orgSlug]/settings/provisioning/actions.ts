'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setScimCreateModeOp } from '@/lib/api/operations/action-only';
import { createApiKeyOp } from '@/lib/api/operations/api-keys';
import { runAction } from '@/lib/server/action';
import { createApiKey } from '@/lib/services/api-keys/create-api-key';
import { ScimCreateModeInput, setScimCreateMode } from '@/lib/services/scim/set-scim-create-mode';

const Input = z.object({ name: z.string().trim().min(1, 'Name is required').max(100) });

/** A SCIM token: an API key holding only scim.provision (shown once). */
export async function createScimTokenAction(orgSlug: string, input: unknown) {
  const result = await runAction(createApiKeyOp, { orgSlug, input, schema: Input }, (ctx, data) =>
    createApiKey(ctx, { name: data.name, permissions: ['scim.provision'] }),
  );
  if (result.ok) revalidatePath(`/o/${orgSlug}/settings/provisioning`);
  return result;
}

/** "add" or "invite": what SCIM's POST /Users does (docs/decisions/016). */
export async function setScimCreateModeAction(orgSlug: string, input: unknown) {
  const result = await runAction(
    setScimCreateModeOp,
    { orgSlug, input, schema: ScimCreateModeInput },
    setScimCreateMode,
  );
  if (result.ok) revalidatePath(`/o/${orgSlug}/settings/provisioning`);
  return result;
}
