import {
  ApiKey,
  ApiKeyList,
  ApiKeyParams,
  CreateApiKeyInput,
  CreatedApiKey,
  ListApiKeysQuery,
} from '@/lib/schemas/api-key';
import { OrgParams } from '@/lib/schemas/role';
import { defineOperation } from '../operation';

const access = { permission: 'api_keys.manage' } as const;

export const listApiKeysOp = defineOperation({
  id: 'listApiKeys',
  method: 'GET',
  path: '/organizations/{orgId}/api-keys',
  summary: "List the organization's API keys (never their secrets)",
  tag: 'API keys',
  access,
  params: OrgParams,
  query: ListApiKeysQuery,
  response: ApiKeyList,
});

export const createApiKeyOp = defineOperation({
  id: 'createApiKey',
  method: 'POST',
  path: '/organizations/{orgId}/api-keys',
  summary: 'Create an API key with a subset of your permissions; `key` is shown in this response only',
  tag: 'API keys',
  access,
  params: OrgParams,
  body: CreateApiKeyInput,
  response: CreatedApiKey,
  status: 201,
});

export const getApiKeyOp = defineOperation({
  id: 'getApiKey',
  method: 'GET',
  path: '/organizations/{orgId}/api-keys/{keyId}',
  summary: 'Read an API key',
  tag: 'API keys',
  access,
  params: ApiKeyParams,
  response: ApiKey,
});

export const revokeApiKeyOp = defineOperation({
  id: 'revokeApiKey',
  method: 'DELETE',
  path: '/organizations/{orgId}/api-keys/{keyId}',
  summary: 'Revoke an API key; it stops working at once',
  tag: 'API keys',
  access,
  params: ApiKeyParams,
  status: 204,
});
