'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { cancelRoleRequestOp, createRoleRequestOp, reviewRoleRequestOp } from '@/lib/api/operations/role-requests';
import { IdParam } from '@/lib/schemas/list';
import { CreateRoleRequestInput, ReviewRoleRequestInput } from '@/lib/schemas/role-request';
import { runAction } from '@/lib/server/action';
import { cancelRoleRequest } from '@/lib/services/role-requests/cancel-role-request';
import { createRoleRequest } from '@/lib/services/role-requests/create-role-request';
import { reviewRoleRequest } from '@/lib/services/role-requests/review-role-request';

const path = (orgSlug: string) => `/o/${orgSlug}/requests`;

function refresh(orgSlug: string) {
  revalidatePath(path(orgSlug), 'layout');
  revalidatePath('/account');
}

export async function createRoleRequestAction(orgSlug: string, input: unknown) {
  const result = await runAction(
    createRoleRequestOp,
    { orgSlug, input, schema: CreateRoleRequestInput },
    createRoleRequest,
  );
  if (result.ok) refresh(orgSlug);
  return result;
}

export async function reviewRoleRequestAction(orgSlug: string, id: string, input: unknown) {
  const result = await runAction(reviewRoleRequestOp, { orgSlug, input, schema: ReviewRoleRequestInput }, (ctx, data) =>
    reviewRoleRequest(ctx, IdParam.parse(id), data),
  );
  if (result.ok) refresh(orgSlug);
  return result;
}

export async function cancelRoleRequestAction(orgSlug: string, id: string) {
  const result = await runAction(cancelRoleRequestOp, { orgSlug, input: {}, schema: z.object({}) }, async (ctx) => {
    await cancelRoleRequest(ctx, IdParam.parse(id));
    return null;
  });
  if (result.ok) refresh(orgSlug);
  return result;
}
