import { X509Certificate } from 'node:crypto';
import type { SsoConnectionCheck } from '@/lib/schemas/sso-connection';
import { db } from '@/lib/server/db';
import { toAppError } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { checkIssuer } from '../oidc/discovery';
import { findConnection } from './to-connection';

type Check = SsoConnectionCheck['checks'][number];

function certificateCheck(pem: string, index: number, now = new Date()): Check {
  const name = `Signing certificate ${index + 1}`;
  try {
    const body = pem.replace(/-----[^-]+-----|\s+/g, '');
    const cert = new X509Certificate(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`);
    const from = new Date(cert.validFrom);
    const to = new Date(cert.validTo);
    if (now < from) return { name, ok: false, detail: `Not valid before ${from.toISOString()}` };
    if (now > to) return { name, ok: false, detail: `Expired on ${to.toISOString()}` };
    return { name, ok: true, detail: `${cert.subject.replace(/\n/g, ', ')}, valid until ${to.toISOString()}` };
  } catch {
    return { name, ok: false, detail: 'Not a readable X.509 certificate' };
  }
}

/**
 * What the server can check of a connection without a person signing in: OIDC discovery at the
 * issuer, or the SAML IdP's SSO URL and the validity of its signing certificates. Nothing changes.
 */
export async function testSsoConnection(ctx: OrgContext, connectionId: string): Promise<SsoConnectionCheck> {
  const row = await findConnection(db, ctx.org.id, connectionId);
  const checks: Check[] = [];
  if (row.type === 'oidc') {
    try {
      await checkIssuer(row.issuer ?? '');
      checks.push({ name: 'Discovery', ok: true, detail: `${row.issuer}/.well-known/openid-configuration answers` });
    } catch (error) {
      const e = toAppError(error);
      checks.push({ name: 'Discovery', ok: false, detail: e.fields?.issuer?.[0] ?? e.message });
    }
    checks.push({
      name: 'Client secret',
      ok: row.clientSecretSealed !== null,
      detail: row.clientSecretSealed ? 'Stored (never shown)' : 'Missing',
    });
  } else {
    checks.push({
      name: 'IdP sign-in URL',
      ok: Boolean(row.idpSsoUrl),
      detail: row.idpSsoUrl ?? 'The metadata names no SingleSignOnService',
    });
    if (row.idpCertificates.length === 0) checks.push({ name: 'Signing certificate', ok: false, detail: 'None' });
    checks.push(...row.idpCertificates.map((pem, i) => certificateCheck(pem, i)));
  }
  checks.push({ name: 'Enabled', ok: row.enabled, detail: row.enabled ? 'People can sign in' : 'Disabled' });
  return { ok: checks.every((c) => c.ok), checks };
}
