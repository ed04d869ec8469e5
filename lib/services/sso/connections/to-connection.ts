import type { SsoConnection } from '@/lib/schemas/sso-connection';
import type { Tx } from '@/lib/server/db';
import { invalid, notFound } from '@/lib/server/errors';
import { oidcRedirectUri, samlUrls } from '../urls';

export const connectionSelect = {
  id: true,
  organizationId: true,
  type: true,
  name: true,
  enabled: true,
  issuer: true,
  clientId: true,
  clientSecretSealed: true,
  idpMetadataXml: true,
  idpEntityId: true,
  idpSsoUrl: true,
  idpCertificates: true,
  allowIdpInitiated: true,
  defaultRoleId: true,
  lastSignInAt: true,
  lastError: true,
  lastErrorAt: true,
  createdAt: true,
} as const;

export interface ConnectionRow {
  id: string;
  type: string;
  name: string;
  enabled: boolean;
  issuer: string | null;
  clientId: string | null;
  clientSecretSealed: string | null;
  idpMetadataXml: string | null;
  idpEntityId: string | null;
  idpSsoUrl: string | null;
  idpCertificates: string[];
  allowIdpInitiated: boolean;
  defaultRoleId: string | null;
  lastSignInAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  createdAt: Date;
}

/** The API's view of a connection: the URLs to register at the IdP, never the client secret. */
export function toConnection(row: ConnectionRow): SsoConnection {
  const saml = row.type === 'saml' ? samlUrls(row.id) : undefined;
  return {
    id: row.id,
    type: row.type === 'saml' ? 'saml' : 'oidc',
    name: row.name,
    enabled: row.enabled,
    redirectUri: saml ? saml.acsUrl : oidcRedirectUri(row.id),
    issuer: row.issuer,
    clientId: row.clientId,
    hasClientSecret: row.clientSecretSealed !== null,
    ...(saml ?? {}),
    idpEntityId: row.idpEntityId,
    idpSsoUrl: row.idpSsoUrl,
    allowIdpInitiated: row.allowIdpInitiated,
    defaultRoleId: row.defaultRoleId,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    lastError: row.lastError,
    lastErrorAt: row.lastErrorAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A connection of this org; another org's id answers 404 like one that does not exist. */
export async function findConnection(tx: Tx, orgId: string, connectionId: string): Promise<ConnectionRow> {
  const row = await tx.ssoConnection.findFirst({
    where: { id: connectionId, organizationId: orgId },
    select: connectionSelect,
  });
  if (!row) throw notFound('SSO connection');
  return row;
}

/** The role people created at their first sign-in get: one of this org's, never the owner role. */
export async function assertDefaultRole(tx: Tx, orgId: string, roleId: string | null | undefined): Promise<void> {
  if (!roleId) return;
  const role = await tx.role.findFirst({
    where: { id: roleId, organizationId: orgId },
    select: { key: true, builtIn: true },
  });
  if (!role) throw invalid({ defaultRoleId: ['Choose a role of this organization'] });
  if (role.builtIn && role.key === 'owner') {
    throw invalid({ defaultRoleId: ['People who sign in for the first time cannot be made owners'] });
  }
}
