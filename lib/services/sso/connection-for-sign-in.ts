import { db } from '@/lib/server/db';
import { ssoRefused } from './sso-error';

const select = {
  id: true,
  organizationId: true,
  type: true,
  name: true,
  enabled: true,
  issuer: true,
  clientId: true,
  clientSecretSealed: true,
  idpEntityId: true,
  idpSsoUrl: true,
  idpCertificates: true,
  allowIdpInitiated: true,
  defaultRoleId: true,
  organization: { select: { id: true, slug: true, name: true, status: true } },
} as const;

export type SignInConnection = NonNullable<Awaited<ReturnType<typeof findConnection>>>;

const findConnection = (id: string) => db.ssoConnection.findUnique({ where: { id }, select });

/** A connection people may sign in through now: it exists, is enabled and its org is active. */
export async function connectionForSignIn(id: string): Promise<SignInConnection> {
  const connection = await findConnection(id).catch(() => null);
  if (!connection || !connection.enabled || connection.organization.status !== 'active') {
    throw ssoRefused('This single sign-on connection is not available');
  }
  return connection;
}

/** Remembers the last failed sign-in of a connection for its admins (Settings › Single sign-on). */
export async function recordSsoError(connectionId: string, message: string): Promise<void> {
  await db.ssoConnection
    .updateMany({ where: { id: connectionId }, data: { lastError: message.slice(0, 500), lastErrorAt: new Date() } })
    .catch(() => {});
}
