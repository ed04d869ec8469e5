import { OrgParams } from '@/lib/schemas/role';
import {
  CreateSsoConnectionInput,
  SsoConnection,
  SsoConnectionCheck,
  SsoConnectionList,
  SsoConnectionParams,
  UpdateSsoConnectionInput,
} from '@/lib/schemas/sso-connection';
import { defineOperation } from '../operation';

const access = { permission: 'sso.manage' } as const;
const tag = 'Single sign-on';
const base = '/organizations/{orgId}/sso-connections';

export const listSsoConnectionsOp = defineOperation({
  id: 'listSsoConnections',
  method: 'GET',
  path: base,
  summary: "List the organization's identity providers (OIDC and SAML), with their last sign-in and error",
  tag,
  access,
  params: OrgParams,
  response: SsoConnectionList,
});

export const createSsoConnectionOp = defineOperation({
  id: 'createSsoConnection',
  method: 'POST',
  path: base,
  summary:
    'Add an identity provider: `{ type: "oidc", name, issuer, clientId, clientSecret }` or `{ type: "saml", name, idpMetadataXml }`. The answer gives the URLs to register at the IdP; the client secret is never returned.',
  tag,
  access,
  params: OrgParams,
  body: CreateSsoConnectionInput,
  response: SsoConnection,
  status: 201,
  errors: [422],
});

export const getSsoConnectionOp = defineOperation({
  id: 'getSsoConnection',
  method: 'GET',
  path: `${base}/{connectionId}`,
  summary: 'Read an identity provider connection',
  tag,
  access,
  params: SsoConnectionParams,
  response: SsoConnection,
});

export const updateSsoConnectionOp = defineOperation({
  id: 'updateSsoConnection',
  method: 'PATCH',
  path: `${base}/{connectionId}`,
  summary: "Change a connection (its type's fields only), or enable and disable it",
  tag,
  access,
  params: SsoConnectionParams,
  body: UpdateSsoConnectionInput,
  response: SsoConnection,
  errors: [409, 422],
});

export const deleteSsoConnectionOp = defineOperation({
  id: 'deleteSsoConnection',
  method: 'DELETE',
  path: `${base}/{connectionId}`,
  summary: 'Remove a connection; people it created keep their accounts and memberships',
  tag,
  access,
  params: SsoConnectionParams,
  status: 204,
  errors: [409],
});

export const testSsoConnectionOp = defineOperation({
  id: 'testSsoConnection',
  method: 'POST',
  path: `${base}/{connectionId}/test`,
  summary:
    "Check the connection from the server: OIDC discovery at the issuer, or the SAML metadata and its signing certificates' validity. A sign-in test is `GET /api/sso/start?connection={id}`.",
  tag,
  access,
  params: SsoConnectionParams,
  response: SsoConnectionCheck,
});
