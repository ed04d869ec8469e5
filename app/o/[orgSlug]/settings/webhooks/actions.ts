'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { OrgOperation } from '@/lib/api/operation';
import {
  createWebhookOp,
  deleteWebhookOp,
  retryWebhookDeliveryOp,
  rotateWebhookSecretOp,
  sendWebhookTestOp,
  updateWebhookOp,
} from '@/lib/api/operations/webhooks';
import { IdParam } from '@/lib/schemas/list';
import { CreateWebhookInput, RotateWebhookSecretInput, UpdateWebhookInput } from '@/lib/schemas/webhook';
import { type ActionResult, runAction } from '@/lib/server/action';
import type { OrgContext } from '@/lib/server/guard';
import { createWebhook } from '@/lib/services/webhooks/create-webhook';
import { deleteWebhook } from '@/lib/services/webhooks/delete-webhook';
import { retryDelivery } from '@/lib/services/webhooks/retry-delivery';
import { rotateWebhookSecret } from '@/lib/services/webhooks/rotate-secret';
import { sendTestEvent } from '@/lib/services/webhooks/send-test-event';
import { updateWebhook } from '@/lib/services/webhooks/update-webhook';

const One = z.object({ webhookId: IdParam });

/** Runs an action with the guard of its webhook operation and refreshes the settings pages when it worked. */
async function run<S extends z.ZodType, T>(
  op: OrgOperation,
  orgSlug: string,
  input: unknown,
  schema: S,
  fn: (ctx: OrgContext, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const result = await runAction(op, { orgSlug, input, schema }, fn);
  if (result.ok) revalidatePath(`/o/${orgSlug}/settings/webhooks`, 'layout');
  return result;
}

/** The reply carries the signing secret, which the page shows once. */
export const createWebhookAction = async (orgSlug: string, input: unknown) =>
  run(createWebhookOp, orgSlug, input, CreateWebhookInput, createWebhook);

export const updateWebhookAction = async (orgSlug: string, webhookId: string, input: unknown) =>
  run(updateWebhookOp, orgSlug, { webhookId, changes: input }, One.extend({ changes: UpdateWebhookInput }), (ctx, d) =>
    updateWebhook(ctx, d.webhookId, d.changes),
  );

export const deleteWebhookAction = async (orgSlug: string, webhookId: string) =>
  run(deleteWebhookOp, orgSlug, { webhookId }, One, (ctx, d) => deleteWebhook(ctx, d.webhookId));

export const rotateWebhookSecretAction = async (orgSlug: string, webhookId: string) =>
  run(rotateWebhookSecretOp, orgSlug, { webhookId }, One.extend(RotateWebhookSecretInput.shape), (ctx, d) =>
    rotateWebhookSecret(ctx, d.webhookId, d),
  );

export const sendTestEventAction = async (orgSlug: string, webhookId: string) =>
  run(sendWebhookTestOp, orgSlug, { webhookId }, One, (ctx, d) => sendTestEvent(ctx, d.webhookId));

export const retryDeliveryAction = async (orgSlug: string, webhookId: string, deliveryId: string) =>
  run(retryWebhookDeliveryOp, orgSlug, { webhookId, deliveryId }, One.extend({ deliveryId: IdParam }), (ctx, d) =>
    retryDelivery(ctx, d.webhookId, d.deliveryId),
  );
