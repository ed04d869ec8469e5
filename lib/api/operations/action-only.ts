import type { OrgOperation } from '../operation';

/**
 * What the pages do that the REST API has no route for: the server actions name
 * these as they name the API's operations, so each permission is still stated once.
 * They are not in the OpenAPI document.
 */
export const updateMfaPolicyOp = {
  id: 'updateMfaPolicy',
  access: { permission: 'settings.manage' },
} as const satisfies OrgOperation;

// An org setting, not provisioning: the SCIM token (scim.provision) must not turn its own "invite" back into "add".
export const setScimCreateModeOp = {
  id: 'setScimCreateMode',
  access: { permission: 'settings.manage' },
} as const satisfies OrgOperation;

export const submitOnboardingOp = {
  id: 'submitOnboarding',
  access: { permission: 'org.read' },
} as const satisfies OrgOperation;

// Settings › Domains: parts of PATCH /organizations/{orgId} that need their own permission there too.
export const updateDomainJoinOp = {
  id: 'updateDomainJoin',
  access: { permission: 'domains.manage' },
} as const satisfies OrgOperation;

export const updateSsoRequiredOp = {
  id: 'updateSsoRequired',
  access: { permission: 'sso.manage' },
} as const satisfies OrgOperation;
