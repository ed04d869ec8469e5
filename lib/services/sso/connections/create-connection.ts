import type { CreateSsoConnectionInput, SsoConnection } from '@/lib/schemas/sso-connection';
import { audit } from '@/lib/server/audit';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import type { OrgContext } from '@/lib/server/guard';
import { ssoSecrets } from '@/lib/server/sealed';
import { actorOrg } from '@/lib/services/members/member-target';
import { parseIdpMetadata } from '../saml/metadata';
import { assertDefaultRole, connectionSelect, toConnection } from './to-connection';

/** The columns a type's input sets; SAML metadata is read (and refused with 422) before anything is stored. */
export function typeColumns(id: string, input: CreateSsoConnectionInput) {
  if (input.type === 'oidc') {
    return {
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretSealed: ssoSecrets.seal(input.clientSecret, id),
    };
  }
  const idp = parseIdpMetadata(input.idpMetadataXml);
  return {
    idpMetadataXml: input.idpMetadataXml,
    idpEntityId: idp.entityId,
    idpSsoUrl: idp.ssoUrl,
    idpCertificates: idp.certificates,
    allowIdpInitiated: input.allowIdpInitiated ?? false,
  };
}

export async function createSsoConnection(ctx: OrgContext, input: CreateSsoConnectionInput): Promise<SsoConnection> {
  const id = newId();
  const columns = typeColumns(id, input);
  return db.$transaction(async (tx) => {
    await assertDefaultRole(tx, ctx.org.id, input.defaultRoleId);
    const row = await tx.ssoConnection.create({
      data: {
        id,
        organizationId: ctx.org.id,
        type: input.type,
        name: input.name,
        enabled: input.enabled ?? true,
        defaultRoleId: input.defaultRoleId ?? null,
        ...columns,
      },
      select: connectionSelect,
    });
    await audit(tx, actorOrg(ctx), {
      action: 'sso_connection.create',
      targetType: 'sso_connection',
      targetId: id,
      after: { type: input.type, name: input.name, issuer: row.issuer, idpEntityId: row.idpEntityId },
    });
    return toConnection(row);
  });
}
