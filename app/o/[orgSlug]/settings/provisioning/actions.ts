'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { runAction } from '@/lib/server/action';
import { createApiKey } from '@/lib/services/api-keys/create-api-key';

const Input = z.object({ name: z.string().trim().min(1, 'Name is required').max(100) });

/** A SCIM token: an API key holding only scim.provision (shown once). */
export async function createScimTokenAction(orgSlug: string, input: unknown) {
  const result = await runAction({ orgSlug, input, schema: Input, permission: 'api_keys.manage' }, (ctx, data) =>
    createApiKey(ctx, { name: data.name, permissions: ['scim.provision'] }),
  );
  if (result.ok) revalidatePath(`/o/${orgSlug}/settings/provisioning`);
  return result;
}
