import {
  CreateDepartmentInput,
  DeleteDepartmentQuery,
  Department,
  DepartmentList,
  DepartmentParams,
  ListDepartmentsQuery,
  UpdateDepartmentInput,
} from '@/lib/schemas/department';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

export const listDepartmentsOp = defineOperation({
  id: 'listDepartments',
  method: 'GET',
  path: '/organizations/{orgId}/departments',
  summary: 'List departments with search, sorting and pagination',
  tag: 'Departments',
  access: { permission: 'departments.read' },
  params: OrgParams,
  query: ListDepartmentsQuery,
  response: DepartmentList,
});

export const createDepartmentOp = defineOperation({
  id: 'createDepartment',
  method: 'POST',
  path: '/organizations/{orgId}/departments',
  summary: 'Create a department (names are unique per organization, ignoring case)',
  tag: 'Departments',
  access: { permission: 'departments.write' },
  params: OrgParams,
  body: CreateDepartmentInput,
  response: Department,
  status: 201,
  errors: [409],
});

export const getDepartmentOp = defineOperation({
  id: 'getDepartment',
  method: 'GET',
  path: '/organizations/{orgId}/departments/{departmentId}',
  summary: 'Read a department; the ETag header is its version for If-Match',
  tag: 'Departments',
  access: { permission: 'departments.read' },
  params: DepartmentParams,
  response: Department,
});

export const updateDepartmentOp = defineOperation({
  id: 'updateDepartment',
  method: 'PATCH',
  path: '/organizations/{orgId}/departments/{departmentId}',
  summary: 'Rename or describe a department; with If-Match, a stale version gets 412',
  tag: 'Departments',
  access: { permission: 'departments.write' },
  params: DepartmentParams,
  body: UpdateDepartmentInput,
  response: Department,
  errors: [409, 412],
});

export const deleteDepartmentOp = defineOperation({
  id: 'deleteDepartment',
  method: 'DELETE',
  path: '/organizations/{orgId}/departments/{departmentId}',
  summary: 'Delete a department. One with members is refused (409) unless reassignTo names another department, or none',
  tag: 'Departments',
  access: { permission: 'departments.write' },
  params: DepartmentParams,
  query: DeleteDepartmentQuery,
  status: 204,
  errors: [409],
});
