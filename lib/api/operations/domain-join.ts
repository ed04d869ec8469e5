import { SuggestedOrganization, SuggestedOrganizationList, SuggestedOrgParams } from '@/lib/schemas/domain-join';
import { defineOperation } from '../operation';

export const listSuggestedOrganizationsOp = defineOperation({
  id: 'listSuggestedOrganizations',
  method: 'GET',
  path: '/me/suggested-organizations',
  summary: 'Organizations that verified the domain of your e-mail and suggest joining them (domainJoin "suggest")',
  tag: 'Me',
  access: 'user',
  response: SuggestedOrganizationList,
});

export const joinSuggestedOrganizationOp = defineOperation({
  id: 'joinSuggestedOrganization',
  method: 'POST',
  path: '/me/suggested-organizations/{orgId}/join',
  summary: 'Join an organization suggested to you; 404 unless it is still suggested to you',
  tag: 'Me',
  access: 'user',
  params: SuggestedOrgParams,
  response: SuggestedOrganization,
  errors: [404],
});
