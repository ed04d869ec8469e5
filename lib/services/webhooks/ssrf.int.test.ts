import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as departments from '@/app/api/v1/organizations/[orgId]/departments/route';
import { db } from '@/lib/server/db';
import { startDns } from '@/lib/test/dns';
import { makeTeam, tokenFor, uniq } from '@/lib/test/factories';
import { call } from '@/lib/test/http';
import { startReceiver } from '@/lib/test/webhook-receiver';
import { createWebhookVia, patchWebhook, runWebhookJobs } from '@/lib/test/webhooks';

// Every address here is on loopback, and every refused one is refused before any connection.
type Team = Awaited<ReturnType<typeof makeTeam>>;

let team: Team;
let token: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  team = await makeTeam();
  token = await tokenFor(team.admin);
  receiver = await startReceiver();
});
afterAll(() => receiver.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

const count = () => db.webhookEndpoint.count({ where: { organizationId: team.org.id } });
const create = (url: string) => createWebhookVia(team.org.id, token, { url, events: ['department.created'] });

describe('webhook URLs at creation', () => {
  it('refuses loopback hosts that WEBHOOK_ALLOWED_HOSTS does not list, with 422', async () => {
    vi.stubEnv('WEBHOOK_ALLOWED_HOSTS', 'hooks.internal.test');
    const before = await count();
    const byAddress = await create(`http://127.0.0.2:${receiver.port}/`);
    expect(byAddress.status).toBe(422);
    expect(byAddress.body.error.code).toBe('validation_failed');
    expect(byAddress.body.error.fields.url[0]).toBe(
      '127.0.0.2 resolves to 127.0.0.2, a loopback address; webhooks go to public hosts only',
    );
    const byName = await create(`http://localhost:${receiver.port}/`);
    expect(byName.status).toBe(422);
    expect(byName.body.error.fields.url[0]).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    expect(await count()).toBe(before);
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses private, link-local, metadata and unspecified literals, and non-http(s) URLs', async () => {
    vi.stubEnv('WEBHOOK_ALLOWED_HOSTS', '');
    const before = await count();
    for (const [url, reason] of [
      ['https://169.254.169.254/latest/meta-data', 'a cloud metadata address'],
      ['https://10.0.0.1/hook', 'a private address'],
      ['https://192.168.1.1/hook', 'a private address'],
      ['https://[fd00::1]/hook', 'a private (unique local) address'],
      ['https://[::ffff:10.0.0.1]/hook', 'a private address'],
      ['https://0.0.0.0/hook', 'an unspecified address'],
      ['https://0x7f000001/hook', 'a loopback address'],
    ] as const) {
      const res = await create(url);
      expect(res.status, url).toBe(422);
      expect(res.body.error.fields.url[0], url).toContain(reason);
    }
    const ftp = await create('ftp://files.example.test/');
    expect(ftp.body.error.fields.url).toEqual(['Enter an http(s):// URL']);
    const withPassword = await create('https://user:secret@hooks.example.test/');
    expect(withPassword.body.error.fields.url).toEqual(['Put no credentials in the URL']);
    expect(await count()).toBe(before);
  });

  it('takes plain http:// only for allowed hosts', async () => {
    const dns = await startDns({ 'public.hooks.test': ['93.184.215.14'] });
    try {
      vi.stubEnv('DNS_SERVERS', dns.server);
      vi.stubEnv('WEBHOOK_ALLOWED_HOSTS', '127.0.0.1');
      // A public address, resolved by the DNS server on loopback: nothing is ever sent to it.
      const plain = await create('http://public.hooks.test/hook');
      expect(plain.status).toBe(422);
      expect(plain.body.error.fields.url).toEqual(['Use an https:// URL']);
      expect((await create(`http://127.0.0.1:${receiver.port}/hook`)).status).toBe(201);
    } finally {
      await dns.close();
    }
  });

  it('checks a changed URL again', async () => {
    const created = await create(`${receiver.url}?v=1`);
    expect(created.status).toBe(201);
    vi.stubEnv('WEBHOOK_ALLOWED_HOSTS', '');
    const res = await patchWebhook(team.org.id, created.body.id, token, { url: `http://127.0.0.3:${receiver.port}/` });
    expect(res.status).toBe(422);
    expect((await db.webhookEndpoint.findUniqueOrThrow({ where: { id: created.body.id } })).url).toBe(
      `${receiver.url}?v=1`,
    );
  });
});

describe('webhook delivery after DNS changes (rebinding)', () => {
  it('checks the resolved address before every attempt and connects to the checked one', async () => {
    const name = `hooks-${uniq()}.rebind.test`;
    const dns = await startDns({ [name]: ['127.0.0.1'] });
    // A second receiver on 127.0.0.2, same port: where a rebound name would lead.
    const other = await startReceiver('127.0.0.2', receiver.port);
    const orgTeam = await makeTeam();
    const orgToken = await tokenFor(orgTeam.admin);
    try {
      vi.stubEnv('DNS_SERVERS', dns.server);
      vi.stubEnv('WEBHOOK_ALLOWED_HOSTS', '127.0.0.1');
      vi.stubEnv('WEBHOOK_RETRY_SCHEDULE', '1h');
      const created = await createWebhookVia(orgTeam.org.id, orgToken, {
        url: `http://${name}:${receiver.port}/hook`,
        events: ['department.created'],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const department = () =>
        call(departments.POST, `/api/v1/organizations/${orgTeam.org.id}/departments`, {
          method: 'POST',
          token: orgToken,
          body: { name: `Dept ${uniq()}` },
          params: { orgId: orgTeam.org.id },
        });

      // First answer: the allowed 127.0.0.1. The system resolver knows no such name, so the
      // request reaching the receiver went to the address that was checked.
      await department();
      await runWebhookJobs(orgTeam.org.id);
      const first = receiver.received.filter((r) => r.headers.host === `${name}:${receiver.port}`);
      expect(first).toHaveLength(1);
      expect(() => receiver.verify(created.body.secret, first[0]!)).not.toThrow();

      // Then the name is rebound to 127.0.0.2: the next attempt is refused, nothing is sent.
      dns.records[name] = ['127.0.0.2'];
      await department();
      await runWebhookJobs(orgTeam.org.id);
      expect(other.received).toHaveLength(0);
      expect(receiver.received.filter((r) => r.headers.host === `${name}:${receiver.port}`)).toHaveLength(1);
      const refused = await db.webhookDelivery.findFirstOrThrow({
        where: { organizationId: orgTeam.org.id, attempts: 1, lastResponseCode: null },
      });
      expect(refused.status).toBe('pending');
      expect(refused.lastError).toBe(
        `Not sent: ${name} resolves to 127.0.0.2, a loopback address; webhooks go to public hosts only`,
      );
      expect(dns.queries.filter((q) => q === `A ${name}`).length).toBeGreaterThanOrEqual(3);
    } finally {
      await other.close();
      await dns.close();
    }
  });
});
