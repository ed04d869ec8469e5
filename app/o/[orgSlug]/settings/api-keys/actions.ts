'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createApiKeyOp, revokeApiKeyOp } from '@/lib/api/operations/api-keys';
import { CreateApiKeyInput } from '@/lib/schemas/api-key';
import { IdParam } from '@/lib/schemas/list';
import { runAction } from '@/lib/server/action';
import { createApiKey } from '@/lib/services/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/services/api-keys/revoke-api-key';

const path = (orgSlug: string) => `/o/${orgSlug}/settings/api-keys`;

/** Creates a key; the reply carries its secret, which the page shows once and never again. */
export async function createApiKeyAction(orgSlug: string, input: unknown) {
  const result = await runAction(createApiKeyOp, { orgSlug, input, schema: CreateApiKeyInput }, createApiKey);
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}

const RevokeInput = z.object({ keyId: IdParam });

export async function revokeApiKeyAction(orgSlug: string, keyId: string) {
  const result = await runAction(revokeApiKeyOp, { orgSlug, input: { keyId }, schema: RevokeInput }, (ctx, data) =>
    revokeApiKey(ctx, data.keyId),
  );
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}
