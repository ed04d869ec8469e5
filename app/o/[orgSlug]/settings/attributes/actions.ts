'use server';

import { revalidatePath } from 'next/cache';
import {
  CreateValueAction,
  RemoveAttributeAction,
  RemoveValueAction,
  UpdateAttributeAction,
  UpdateValueAction,
} from '@/components/attributes/action-schemas';
import {
  createAttributeOp,
  createOptionOp,
  deleteAttributeOp,
  deleteOptionOp,
  inheritAttributeOp,
  updateAttributeOp,
  updateOptionOp,
} from '@/lib/api/operations/attributes';
import { CreateAttributeInput, InheritAttributeInput } from '@/lib/schemas/attribute';
import { type ActionResult, runAction } from '@/lib/server/action';
import { createAttribute } from '@/lib/services/attributes/create-attribute';
import { deleteAttribute } from '@/lib/services/attributes/delete-attribute';
import { inheritAttribute } from '@/lib/services/attributes/inherit-attribute';
import { createOption, deleteOption, updateOption } from '@/lib/services/attributes/options';
import { orgScope } from '@/lib/services/attributes/scope';
import { updateAttribute } from '@/lib/services/attributes/update-attribute';

async function done<T>(orgSlug: string, result: ActionResult<T>) {
  if (result.ok) revalidatePath(`/o/${orgSlug}/settings/attributes`);
  return result;
}

export async function createAttributeAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction(createAttributeOp, { orgSlug, input, schema: CreateAttributeInput }, (ctx, body) =>
      createAttribute(orgScope(ctx), body),
    ),
  );
}

export async function updateAttributeAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction(updateAttributeOp, { orgSlug, input, schema: UpdateAttributeAction }, (ctx, { id, ...body }) =>
      updateAttribute(orgScope(ctx), id, body),
    ),
  );
}

export async function deleteAttributeAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction(deleteAttributeOp, { orgSlug, input, schema: RemoveAttributeAction }, async (ctx, { id }) => {
      await deleteAttribute(orgScope(ctx), id);
      return null;
    }),
  );
}

export async function inheritAttributeAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction(inheritAttributeOp, { orgSlug, input, schema: InheritAttributeInput }, (ctx, body) =>
      inheritAttribute({ orgId: ctx.org.id, principal: ctx.principal }, body.defaultId),
    ),
  );
}

export async function createValueAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction(createOptionOp, { orgSlug, input, schema: CreateValueAction }, (ctx, { id, ...body }) =>
      createOption(orgScope(ctx), id, body),
    ),
  );
}

export async function updateValueAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction(updateOptionOp, { orgSlug, input, schema: UpdateValueAction }, (ctx, { id, entityId, ...body }) =>
      updateOption(orgScope(ctx), id, entityId, body),
    ),
  );
}

export async function deleteValueAction(orgSlug: string, input: unknown) {
  return done(
    orgSlug,
    await runAction(deleteOptionOp, { orgSlug, input, schema: RemoveValueAction }, async (ctx, { id, entityId }) => {
      await deleteOption(orgScope(ctx), id, entityId);
      return null;
    }),
  );
}
