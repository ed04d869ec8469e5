import { z } from 'zod';
import { IdParam, listQuery, listResult } from './list';
import { nameText } from './text';

export const DepartmentName = nameText('Name', 100);

export const CreateDepartmentInput = z.object({
  name: DepartmentName,
  description: z.string().trim().max(500, 'Description must be at most 500 characters').optional(),
});
export type CreateDepartmentInput = z.infer<typeof CreateDepartmentInput>;

export const UpdateDepartmentInput = CreateDepartmentInput.partial();
export type UpdateDepartmentInput = z.infer<typeof UpdateDepartmentInput>;

export const Department = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  memberCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Department = z.infer<typeof Department>;

export const departmentSortFields = ['name', 'createdAt', 'updatedAt', 'memberCount'] as const;
export const ListDepartmentsQuery = listQuery(departmentSortFields, 'name');
export const DepartmentList = listResult(Department);

export const DeleteDepartmentQuery = z.object({
  reassignTo: z.string().min(1).max(64).optional(),
});

export const DepartmentParams = z.object({ orgId: IdParam, departmentId: IdParam });
