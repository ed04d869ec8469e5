'use server';

import { revalidatePath } from 'next/cache';
import {
  CreateValueAction,
  RemoveAttributeAction,
  RemoveValueAction,
  UpdateAttributeAction,
  UpdateValueAction,
} from '@/components/attributes/action-schemas';
import { CreateAttributeInput, InheritAttributeInput } from '@/lib/schemas/attribute';
import { type ActionResult, runAction } from '@/lib/server/action';
import { createAttribute } from '@/lib/services/attributes/create-attribute';
import { deleteAttribute } from '@/lib/services/attributes/delete-attribute';
import { inheritAttribute } from '@/lib/services/attributes/inherit-attribute';
import { createOption, deleteOption, updateOption } from '@/lib/services/attributes/options';
import { orgScope } from '@/lib/services/attributes/scope';
import { updateAttribute } from '@/lib/services/attributes/update-attribute';

const permission = 'settings.manage' as const;

async function done<T>(orgSlug: string, result: ActionResult<T>) {
  if (result.ok) revalidatePath(`/o/${orgSlug}/settings/attributes`);
  return result;
}

export async function createAttributeAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction({ orgSlug, input, schema: CreateAttributeInput, permission }, (ctx, body) =>
      createAttribute(orgScope(ctx), body),
    ),
  );
}

export async function updateAttributeAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction({ orgSlug, input, schema: UpdateAttributeAction, permission }, (ctx, { id, ...body }) =>
      updateAttribute(orgScope(ctx), id, body),
    ),
  );
}

export async function deleteAttributeAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction({ orgSlug, input, schema: RemoveAttributeAction, permission }, async (ctx, { id }) => {
      await deleteAttribute(orgScope(ctx), id);
      return null;
    }),
  );
}

export async function inheritAttributeAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction({ orgSlug, input, schema: InheritAttributeInput, permission }, (ctx, body) =>
      inheritAttribute({ orgId: ctx.org.id, principal: ctx.principal }, body.defaultId),
    ),
  );
}

export async function createValueAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction({ orgSlug, input, schema: CreateValueAction, permission }, (ctx, { id, ...body }) =>
      createOption(orgScope(ctx), id, body),
    ),
  );
}

export async function updateValueAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction({ orgSlug, input, schema: UpdateValueAction, permission }, (ctx, { id, entityId, ...body }) =>
      updateOption(orgScope(ctx), id, entityId, body),
    ),
  );
}

export async function deleteValueAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction({ orgSlug, input, schema: RemoveValueAction, permission }, async (ctx, { id, entityId }) => {
      await deleteOption(orgScope(ctx), id, entityId);
      return null;
    }),
  );
}
