'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { OrgOperation } from '@/lib/api/operation';
import {
  createSsoConnectionOp,
  deleteSsoConnectionOp,
  testSsoConnectionOp,
  updateSsoConnectionOp,
} from '@/lib/api/operations/sso-connections';
import { IdParam } from '@/lib/schemas/list';
import { CreateSsoConnectionInput, UpdateSsoConnectionInput } from '@/lib/schemas/sso-connection';
import { type ActionResult, runAction } from '@/lib/server/action';
import type { OrgContext } from '@/lib/server/guard';
import { createSsoConnection } from '@/lib/services/sso/connections/create-connection';
import { testSsoConnection } from '@/lib/services/sso/connections/test-connection';
import { deleteSsoConnection, updateSsoConnection } from '@/lib/services/sso/connections/update-connection';

const One = z.object({ connectionId: IdParam });
const Update = z.object({ connectionId: IdParam, changes: UpdateSsoConnectionInput });

/** Runs an action with the guard of its operation and refreshes the page when it worked. */
async function run<S extends z.ZodType, T>(
  op: OrgOperation,
  orgSlug: string,
  input: unknown,
  schema: S,
  fn: (ctx: OrgContext, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const result = await runAction(op, { orgSlug, input, schema }, fn);
  if (result.ok) revalidatePath(`/o/${orgSlug}/settings/sso`);
  return result;
}

export const createSsoConnectionAction = async (orgSlug: string, input: unknown) =>
  run(createSsoConnectionOp, orgSlug, input, CreateSsoConnectionInput, createSsoConnection);

export const updateSsoConnectionAction = async (orgSlug: string, connectionId: string, changes: unknown) =>
  run(updateSsoConnectionOp, orgSlug, { connectionId, changes }, Update, (ctx, d) =>
    updateSsoConnection(ctx, d.connectionId, d.changes),
  );

export const testSsoConnectionAction = async (orgSlug: string, connectionId: string) =>
  run(testSsoConnectionOp, orgSlug, { connectionId }, One, (ctx, d) => testSsoConnection(ctx, d.connectionId));

export const deleteSsoConnectionAction = async (orgSlug: string, connectionId: string) =>
  run(deleteSsoConnectionOp, orgSlug, { connectionId }, One, (ctx, d) => deleteSsoConnection(ctx, d.connectionId));
