import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { uniq } from '@/lib/test/factories';
import type { Listed } from './entry';
import type { AuthzFixture } from './fixture';
import { body, type Setup } from './samples';

const base = '/organizations/{orgId}/sso-connections';

/** A SAML connection of org A, made straight in the database (checking it needs no network). */
const connection: Setup = async (f: AuthzFixture) => {
  const id = newId();
  await db.ssoConnection.create({
    data: {
      id,
      organizationId: f.orgA.org.id,
      type: 'saml',
      name: `IdP ${uniq()}`,
      idpEntityId: 'https://idp.authz.test',
      idpSsoUrl: 'https://idp.authz.test/sso',
    },
  });
  return { params: { orgId: f.orgA.org.id, connectionId: id } };
};

/** The SSO connection routes (issue 15): all of them need sso.manage. */
export const ssoRoutes: Record<string, Listed> = {
  [`GET ${base}`]: { ok: 200 },
  [`POST ${base}`]: {
    ok: 201,
    setup: body(() => ({
      type: 'oidc',
      name: `OIDC ${uniq()}`,
      issuer: 'https://idp.authz.test',
      clientId: 'portal',
      clientSecret: 'a-client-secret',
    })),
  },
  [`GET ${base}/{connectionId}`]: { ok: 200, setup: connection },
  [`PATCH ${base}/{connectionId}`]: {
    ok: 200,
    setup: async (f, who) => ({ ...(await connection(f, who)), body: { name: 'Renamed' } }),
  },
  [`DELETE ${base}/{connectionId}`]: { ok: 204, setup: connection },
  [`POST ${base}/{connectionId}/test`]: { ok: 200, setup: connection },
};
