import { CreateDomainInput, Domain, DomainList, DomainParams, ListDomainsQuery } from '@/lib/schemas/domain';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

const access = { permission: 'domains.manage' } as const;
const tag = 'Domains';
const base = '/organizations/{orgId}/domains';

export const listDomainsOp = defineOperation({
  id: 'listDomains',
  method: 'GET',
  path: base,
  summary: "List the organization's e-mail domains and their verification state",
  tag,
  access,
  params: OrgParams,
  query: ListDomainsQuery,
  response: DomainList,
});

export const addDomainOp = defineOperation({
  id: 'addDomain',
  method: 'POST',
  path: base,
  summary:
    'Claim a domain: it stays pending until the TXT record in `verification` is published and verified. Public mail domains (gmail.com …) are refused (422); a domain another organization has verified answers 409.',
  tag,
  access,
  params: OrgParams,
  body: CreateDomainInput,
  response: Domain,
  status: 201,
  errors: [409, 422],
});

export const getDomainOp = defineOperation({
  id: 'getDomain',
  method: 'GET',
  path: `${base}/{domainId}`,
  summary: 'Read a domain, with the TXT record to publish',
  tag,
  access,
  params: DomainParams,
  response: Domain,
});

export const deleteDomainOp = defineOperation({
  id: 'deleteDomain',
  method: 'DELETE',
  path: `${base}/{domainId}`,
  summary: 'Remove a domain (a verified one becomes free for other organizations)',
  tag,
  access,
  params: DomainParams,
  status: 204,
});

export const verifyDomainOp = defineOperation({
  id: 'verifyDomain',
  method: 'POST',
  path: `${base}/{domainId}/verify`,
  summary:
    'Look the TXT record up (again): 200 with status `verified`, or 422 saying which TXT values were found (the domain is then `failed`). 409 if another organization verified it first.',
  tag,
  access,
  params: DomainParams,
  response: Domain,
  errors: [409, 422],
});
