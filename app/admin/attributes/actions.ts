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
  createDefaultOp,
  createDefaultOptionOp,
  deleteDefaultOp,
  deleteDefaultOptionOp,
  updateDefaultOp,
  updateDefaultOptionOp,
} from '@/lib/api/operations/attributes';
import { CreateAttributeInput } from '@/lib/schemas/attribute';
import type { ActionResult } from '@/lib/server/action';
import { runAdminAction } from '@/lib/server/admin-action';
import { createAttribute } from '@/lib/services/attributes/create-attribute';
import { deleteAttribute } from '@/lib/services/attributes/delete-attribute';
import { createOption, deleteOption, updateOption } from '@/lib/services/attributes/options';
import { platformScope } from '@/lib/services/attributes/scope';
import { updateAttribute } from '@/lib/services/attributes/update-attribute';

function done<T>(result: ActionResult<T>) {
  if (result.ok) revalidatePath('/admin/attributes');
  return result;
}

export async function createDefaultAction(input: unknown) {
  return done(
    await runAdminAction(createDefaultOp, { input, schema: CreateAttributeInput }, (p, body) =>
      createAttribute(platformScope(p), body),
    ),
  );
}

export async function updateDefaultAction(input: unknown) {
  return done(
    await runAdminAction(updateDefaultOp, { input, schema: UpdateAttributeAction }, (p, { id, ...body }) =>
      updateAttribute(platformScope(p), id, body),
    ),
  );
}

export async function deleteDefaultAction(input: unknown) {
  return done(
    await runAdminAction(deleteDefaultOp, { input, schema: RemoveAttributeAction }, async (p, { id }) => {
      await deleteAttribute(platformScope(p), id);
      return null;
    }),
  );
}

export async function createDefaultValueAction(input: unknown) {
  return done(
    await runAdminAction(createDefaultOptionOp, { input, schema: CreateValueAction }, (p, { id, ...body }) =>
      createOption(platformScope(p), id, body),
    ),
  );
}

export async function updateDefaultValueAction(input: unknown) {
  return done(
    await runAdminAction(updateDefaultOptionOp, { input, schema: UpdateValueAction }, (p, { id, entityId, ...body }) =>
      updateOption(platformScope(p), id, entityId, body),
    ),
  );
}

export async function deleteDefaultValueAction(input: unknown) {
  return done(
    await runAdminAction(deleteDefaultOptionOp, { input, schema: RemoveValueAction }, async (p, { id, entityId }) => {
      await deleteOption(platformScope(p), id, entityId);
      return null;
    }),
  );
}
