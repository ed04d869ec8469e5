import {
  CreateDemoRequestInput,
  CreateDemoRequestResult,
  DemoRequest,
  DemoRequestList,
  DemoRequestParams,
  ListDemoRequestsQuery,
  UpdateDemoRequestInput,
} from '@/lib/schemas/demo-request';
import { defineOperation } from '../operation';

export const createDemoRequestOp = defineOperation({
  id: 'createDemoRequest',
  method: 'POST',
  path: '/demo-requests',
  summary: 'Request a demo (public; consent must be true). Limited to 10 requests per client IP an hour',
  tag: 'Demo requests',
  access: 'public',
  body: CreateDemoRequestInput,
  response: CreateDemoRequestResult,
  status: 201,
  errors: [429],
});

export const listDemoRequestsOp = defineOperation({
  id: 'listDemoRequests',
  method: 'GET',
  path: '/demo-requests',
  summary:
    'List demo requests: search name, e-mail and company; filter by status; sort on createdAt or demoDate. ' +
    '`counts` gives the number per status for the search',
  tag: 'Demo requests',
  access: 'superadmin',
  query: ListDemoRequestsQuery,
  response: DemoRequestList,
});

export const getDemoRequestOp = defineOperation({
  id: 'getDemoRequest',
  method: 'GET',
  path: '/demo-requests/{id}',
  summary: 'Read a demo request',
  tag: 'Demo requests',
  access: 'superadmin',
  params: DemoRequestParams,
  response: DemoRequest,
});

export const updateDemoRequestOp = defineOperation({
  id: 'updateDemoRequest',
  method: 'PATCH',
  path: '/demo-requests/{id}',
  summary:
    'Update status, demoDate (ISO 8601 with offset; required while scheduled), feedback and notes. ' +
    'Null or blank clears a field',
  tag: 'Demo requests',
  access: 'superadmin',
  params: DemoRequestParams,
  body: UpdateDemoRequestInput,
  response: DemoRequest,
});

export const deleteDemoRequestOp = defineOperation({
  id: 'deleteDemoRequest',
  method: 'DELETE',
  path: '/demo-requests/{id}',
  summary: 'Delete a demo request',
  tag: 'Demo requests',
  access: 'superadmin',
  params: DemoRequestParams,
  status: 204,
});
