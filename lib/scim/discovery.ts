import { GROUP_SCHEMA } from './groups';
import { ENTERPRISE_SCHEMA, USER_SCHEMA } from './user-schema';
import { MAX_COUNT } from './users';

/** What this server supports, exactly (RFC 7643 §5-7): the discovery endpoints answer from here. */
export function serviceProviderConfig(base: string) {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
    documentationUri: `${base.replace(/\/scim\/v2$/, '')}/api/docs`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_COUNT },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'API key',
        description: 'An organization API key holding scim.provision, sent as Authorization: Bearer <key>',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}

export function resourceTypes(base: string) {
  return [
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'A member of the organization',
      schema: USER_SCHEMA,
      schemaExtensions: [{ schema: ENTERPRISE_SCHEMA, required: false }],
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
    },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'A team of the organization',
      schema: GROUP_SCHEMA,
      schemaExtensions: [],
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` },
    },
  ];
}

type Attr = Record<string, unknown>;
const attr = (name: string, type: string, extra: Attr = {}): Attr => ({
  name,
  type,
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...extra,
});

const multi = (name: string, description: string, sub: Attr[], extra: Attr = {}) =>
  attr(name, 'complex', { multiValued: true, description, subAttributes: sub, ...extra });

export function schemas(base: string) {
  const loc = (id: string) => ({ resourceType: 'Schema', location: `${base}/Schemas/${id}` });
  return [
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: USER_SCHEMA,
      name: 'User',
      description: 'A member of the organization; userName is the e-mail address',
      attributes: [
        attr('userName', 'string', {
          required: true,
          uniqueness: 'server',
          mutability: 'immutable',
          description: 'The e-mail address; it cannot be changed through SCIM',
        }),
        attr('externalId', 'string', { caseExact: true }),
        attr('name', 'complex', {
          required: true,
          subAttributes: [
            attr('givenName', 'string', { required: true }),
            attr('familyName', 'string', { required: true }),
            attr('formatted', 'string', { mutability: 'readOnly' }),
          ],
        }),
        attr('displayName', 'string', {
          mutability: 'readOnly',
          description: 'givenName familyName; writes are ignored',
        }),
        attr('title', 'string', { description: 'The job title' }),
        multi('emails', 'One work address, equal to userName', [
          attr('value', 'string'),
          attr('type', 'string'),
          attr('primary', 'boolean'),
        ]),
        multi('phoneNumbers', 'One number, E.164', [attr('value', 'string'), attr('type', 'string')]),
        attr('active', 'boolean', { description: 'false (or DELETE) deactivates the membership; true restores it' }),
        multi('groups', 'Teams the member is in', [attr('value', 'string'), attr('display', 'string')], {
          mutability: 'readOnly',
        }),
      ],
      meta: loc(USER_SCHEMA),
    },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: ENTERPRISE_SCHEMA,
      name: 'EnterpriseUser',
      description: "The member's department (by name: it must exist in the organization)",
      attributes: [attr('department', 'string')],
      meta: loc(ENTERPRISE_SCHEMA),
    },
    {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Schema'],
      id: GROUP_SCHEMA,
      name: 'Group',
      description: 'A team; its role, if any, is set in the portal',
      attributes: [
        attr('displayName', 'string', { required: true, uniqueness: 'server' }),
        attr('externalId', 'string', { caseExact: true }),
        multi('members', 'Members of the team (value = the user id)', [
          attr('value', 'string', { mutability: 'immutable' }),
          attr('display', 'string', { mutability: 'readOnly' }),
          attr('type', 'string', { mutability: 'readOnly', canonicalValues: ['User'] }),
        ]),
      ],
      meta: loc(GROUP_SCHEMA),
    },
  ];
}

export const listOf = (items: unknown[]) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
  totalResults: items.length,
  startIndex: 1,
  itemsPerPage: items.length,
  Resources: items,
});
