'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteDemoRequestOp, updateDemoRequestOp } from '@/lib/api/operations/demo-requests';
import { UpdateDemoRequestInput } from '@/lib/schemas/demo-request';
import { IdParam } from '@/lib/schemas/list';
import { runAdminAction } from '@/lib/server/admin-action';
import { deleteDemoRequest } from '@/lib/services/demo-requests/delete-demo-request';
import { updateDemoRequest } from '@/lib/services/demo-requests/update-demo-request';

const path = '/admin/demo-requests';

export async function updateDemoRequestAction(id: string, input: unknown) {
  const result = await runAdminAction(
    updateDemoRequestOp,
    { input, schema: UpdateDemoRequestInput },
    (principal, data) => updateDemoRequest(principal, IdParam.parse(id), data),
  );
  if (result.ok) revalidatePath(path);
  return result;
}

export async function deleteDemoRequestAction(id: string) {
  const result = await runAdminAction(
    deleteDemoRequestOp,
    { input: { id }, schema: z.object({ id: IdParam }) },
    (principal, data) => deleteDemoRequest(principal, data.id),
  );
  if (result.ok) revalidatePath(path);
  return result;
}
