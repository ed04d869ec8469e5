'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createDepartmentOp, deleteDepartmentOp, updateDepartmentOp } from '@/lib/api/operations/departments';
import { CreateDepartmentInput, DeleteDepartmentQuery, UpdateDepartmentInput } from '@/lib/schemas/department';
import { IdParam } from '@/lib/schemas/list';
import { runAction } from '@/lib/server/action';
import { createDepartment } from '@/lib/services/departments/create-department';
import { deleteDepartment } from '@/lib/services/departments/delete-department';
import { listDepartments } from '@/lib/services/departments/list-departments';
import { departmentEtag } from '@/lib/services/departments/to-department';
import { updateDepartment } from '@/lib/services/departments/update-department';

const path = (orgSlug: string) => `/o/${orgSlug}/departments`;

export async function createDepartmentAction(orgSlug: string, input: unknown) {
  const result = await runAction(
    createDepartmentOp,
    { orgSlug, input, schema: CreateDepartmentInput },
    createDepartment,
  );
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}

/** `version` is the `updatedAt` the form was opened with: a change by someone else since then is a 412. */
export async function updateDepartmentAction(orgSlug: string, id: string, input: unknown, version?: string) {
  const result = await runAction(updateDepartmentOp, { orgSlug, input, schema: UpdateDepartmentInput }, (ctx, data) => {
    const departmentId = IdParam.parse(id);
    const ifMatch = typeof version === 'string' ? departmentEtag({ id: departmentId, updatedAt: version }) : undefined;
    return updateDepartment(ctx, departmentId, data, ifMatch);
  });
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}

/** Refused with 409 while the department has members, unless `reassignTo` names another department or `none`. */
export async function deleteDepartmentAction(orgSlug: string, id: string, reassignTo?: string) {
  const result = await runAction(
    deleteDepartmentOp,
    { orgSlug, input: { reassignTo }, schema: DeleteDepartmentQuery },
    (ctx, q) => deleteDepartment(ctx, IdParam.parse(id), q.reassignTo),
  );
  if (result.ok) revalidatePath(path(orgSlug));
  return result;
}

const CHOICES_MAX_PAGES = 20;

/** Every department's id and name, for "move the members to" when deleting one. */
export async function departmentChoicesAction(orgSlug: string) {
  return runAction(deleteDepartmentOp, { orgSlug, input: {}, schema: z.object({}) }, async (ctx) => {
    const choices: { id: string; name: string }[] = [];
    for (let page = 1; page <= CHOICES_MAX_PAGES; page++) {
      const list = await listDepartments(ctx, { page, pageSize: 100, sort: 'name' });
      choices.push(...list.data.map(({ id, name }) => ({ id, name })));
      if (page >= list.totalPages) break;
    }
    return choices;
  });
}
