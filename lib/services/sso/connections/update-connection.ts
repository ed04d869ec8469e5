import type { SsoConnection, UpdateSsoConnectionInput } from '@/lib/schemas/sso-connection';
import { audit } from '@/lib/server/audit';
import { db, type Tx } from '@/lib/server/db';
import { conflict, invalid } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { ssoSecrets } from '@/lib/server/sealed';
import { actorOrg } from '@/lib/services/members/member-target';
import { parseIdpMetadata } from '../saml/metadata';
import { assertDefaultRole, connectionSelect, findConnection, toConnection } from './to-connection';

const oidcOnly = ['issuer', 'clientId', 'clientSecret'] as const;
const samlOnly = ['idpMetadataXml', 'allowIdpInitiated'] as const;

/**
 * With `ssoRequired` on, the org's people on its domains have no other way in: its last enabled
 * connection may not be disabled or removed until the requirement is turned off.
 */
export async function assertNotLastRequired(tx: Tx, orgId: string, connectionId: string, doing: string) {
  const org = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { ssoRequired: true } });
  if (!org.ssoRequired) return;
  const others = await tx.ssoConnection.count({
    where: { organizationId: orgId, enabled: true, id: { not: connectionId } },
  });
  if (others === 0) {
    throw conflict(
      `Single sign-on is required and this is the only enabled connection: turn the requirement off before you ${doing} it`,
    );
  }
}

function typeChanges(type: string, input: UpdateSsoConnectionInput, id: string) {
  const wrong = (type === 'saml' ? oidcOnly : samlOnly).filter((key) => input[key] !== undefined);
  if (wrong.length > 0) {
    const other = type === 'saml' ? 'OIDC' : 'SAML';
    throw invalid(Object.fromEntries(wrong.map((key) => [key, [`Only ${other} connections have ${key}`]])));
  }
  if (type === 'oidc') {
    return {
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretSealed: input.clientSecret === undefined ? undefined : ssoSecrets.seal(input.clientSecret, id),
    };
  }
  const idp = input.idpMetadataXml === undefined ? undefined : parseIdpMetadata(input.idpMetadataXml);
  return {
    allowIdpInitiated: input.allowIdpInitiated,
    ...(idp
      ? {
          idpMetadataXml: input.idpMetadataXml,
          idpEntityId: idp.entityId,
          idpSsoUrl: idp.ssoUrl,
          idpCertificates: idp.certificates,
        }
      : {}),
  };
}

export async function updateSsoConnection(
  ctx: OrgContext,
  connectionId: string,
  input: UpdateSsoConnectionInput,
): Promise<SsoConnection> {
  return db.$transaction(async (tx) => {
    const before = await findConnection(tx, ctx.org.id, connectionId);
    const columns = typeChanges(before.type, input, before.id);
    if (input.defaultRoleId !== undefined) await assertDefaultRole(tx, ctx.org.id, input.defaultRoleId);
    if (input.enabled === false && before.enabled) await assertNotLastRequired(tx, ctx.org.id, before.id, 'disable');
    const after = await tx.ssoConnection.update({
      where: { id: before.id },
      data: { name: input.name, enabled: input.enabled, defaultRoleId: input.defaultRoleId, ...columns },
      select: connectionSelect,
    });
    const changed = Object.keys(input).filter((key) => input[key as keyof UpdateSsoConnectionInput] !== undefined);
    const shown = (row: typeof before) => ({
      name: row.name,
      enabled: row.enabled,
      issuer: row.issuer,
      clientId: row.clientId,
      idpEntityId: row.idpEntityId,
      allowIdpInitiated: row.allowIdpInitiated,
      defaultRoleId: row.defaultRoleId,
    });
    await audit(tx, actorOrg(ctx), {
      action: 'sso_connection.update',
      targetType: 'sso_connection',
      targetId: before.id,
      before: shown(before),
      after: { ...shown(after), changed },
    });
    return toConnection(after);
  });
}

export async function deleteSsoConnection(ctx: OrgContext, connectionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await findConnection(tx, ctx.org.id, connectionId);
    if (row.enabled) await assertNotLastRequired(tx, ctx.org.id, row.id, 'remove');
    await tx.ssoConnection.delete({ where: { id: row.id } });
    await audit(tx, actorOrg(ctx), {
      action: 'sso_connection.delete',
      targetType: 'sso_connection',
      targetId: row.id,
      before: { type: row.type, name: row.name },
    });
  });
}
