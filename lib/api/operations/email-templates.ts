import {
  EmailTemplate,
  EmailTemplateList,
  EmailTemplateParams,
  UpdateEmailTemplateInput,
} from '@/lib/schemas/email-template';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

const access = { permission: 'settings.manage' } as const;

export const listEmailTemplatesOp = defineOperation({
  id: 'listEmailTemplates',
  method: 'GET',
  path: '/organizations/{orgId}/email-templates',
  summary: "The e-mail templates with the organization's overrides applied, and the variables each accepts",
  tag: 'E-mail templates',
  access,
  params: OrgParams,
  response: EmailTemplateList,
});

export const getEmailTemplateOp = defineOperation({
  id: 'getEmailTemplate',
  method: 'GET',
  path: '/organizations/{orgId}/email-templates/{code}',
  summary: 'Read one e-mail template',
  tag: 'E-mail templates',
  access,
  params: EmailTemplateParams,
  response: EmailTemplate,
});

export const updateEmailTemplateOp = defineOperation({
  id: 'updateEmailTemplate',
  method: 'PUT',
  path: '/organizations/{orgId}/email-templates/{code}',
  summary: "Override a template's subject and body; unknown {{variables}} are refused",
  tag: 'E-mail templates',
  access,
  params: EmailTemplateParams,
  body: UpdateEmailTemplateInput,
  response: EmailTemplate,
});

export const resetEmailTemplateOp = defineOperation({
  id: 'resetEmailTemplate',
  method: 'DELETE',
  path: '/organizations/{orgId}/email-templates/{code}',
  summary: 'Reset a template to the platform default',
  tag: 'E-mail templates',
  access,
  params: EmailTemplateParams,
  response: EmailTemplate,
});
