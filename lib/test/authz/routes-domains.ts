import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { startDns } from '@/lib/test/dns';
import { uniq } from '@/lib/test/factories';
import type { Listed } from './entry';
import type { AuthzFixture } from './fixture';
import { body, type Setup } from './samples';

const base = '/organizations/{orgId}/domains';

/** One DNS server on loopback for the whole run, publishing the TXT record of every sample domain. */
let dns: ReturnType<typeof startDns> | undefined;
async function publish(name: string, value: string) {
  dns ??= startDns({}).then((server) => {
    process.env.DNS_SERVERS = server.server;
    return server;
  });
  (await dns).txt[name] = [value];
}

/** A pending domain of org A, made straight in the database, whose TXT record the DNS server above serves. */
const pending: Setup = async (f: AuthzFixture) => {
  const id = newId();
  const domain = `d${uniq()}.authz.test`;
  const value = `portal-verification=${id}`;
  await db.organizationDomain.create({
    data: { id, organizationId: f.orgA.org.id, domain, verificationValue: value },
  });
  await publish(`_portal-verification.${domain}`, value);
  return { params: { orgId: f.orgA.org.id, domainId: id } };
};

/** The verified-domain routes (issue 15): all of them need domains.manage. */
export const domainRoutes: Record<string, Listed> = {
  [`GET ${base}`]: { ok: 200 },
  [`POST ${base}`]: { ok: 201, setup: body(() => ({ domain: `d${uniq()}.authz.test` })) },
  [`GET ${base}/{domainId}`]: { ok: 200, setup: pending },
  [`DELETE ${base}/{domainId}`]: { ok: 204, setup: pending },
  [`POST ${base}/{domainId}/verify`]: { ok: 200, setup: pending },
};
