import {
  CreateFormInput,
  Form,
  FormList,
  FormParams,
  GetFormQuery,
  ListFormsQuery,
  UpdateFormInput,
} from '@/lib/schemas/form';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

export const listFormsOp = defineOperation({
  id: 'listForms',
  method: 'GET',
  path: '/organizations/{orgId}/forms',
  summary:
    'The latest version of each form, filtered by type and subType (e.g. ?type=profile&subType=onboarding). ' +
    'Sent with an ETag and Cache-Control: private, no-cache; If-None-Match answers 304 while nothing changed.',
  tag: 'Forms',
  access: { permission: 'org.read' },
  params: OrgParams,
  query: ListFormsQuery,
  response: FormList,
});

export const createFormOp = defineOperation({
  id: 'createForm',
  method: 'POST',
  path: '/organizations/{orgId}/forms',
  summary:
    'Create a form: type, subType (unique per organization: 409 otherwise) and its definition (sections of ' +
    "fields: `{ source: 'builtin', name }` for firstName, lastName, jobTitle, phone, country, or " +
    "`{ source: 'attribute', key }` for one of the organization's attributes). Starts at version 1.",
  tag: 'Forms',
  access: { permission: 'settings.manage' },
  params: OrgParams,
  body: CreateFormInput,
  response: Form,
  status: 201,
  errors: [409],
});

export const getFormOp = defineOperation({
  id: 'getForm',
  method: 'GET',
  path: '/organizations/{orgId}/forms/{formId}',
  summary: 'Read a form: the latest version, or an earlier one with ?version=. The ETag is the version for If-Match.',
  tag: 'Forms',
  access: { permission: 'org.read' },
  params: FormParams,
  query: GetFormQuery,
  response: Form,
});

export const updateFormOp = defineOperation({
  id: 'updateForm',
  method: 'PATCH',
  path: '/organizations/{orgId}/forms/{formId}',
  summary:
    'Replace the definition; the version goes up by one and the previous one stays readable. ' +
    'With If-Match, a save on top of a newer version gets 412.',
  tag: 'Forms',
  access: { permission: 'settings.manage' },
  params: FormParams,
  body: UpdateFormInput,
  response: Form,
  errors: [412],
});
