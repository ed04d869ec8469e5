import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { webhookSecrets } from '@/lib/server/sealed';
import { writeEvent } from '@/lib/server/webhooks/events';
import { newWebhookSecret } from '@/lib/server/webhooks/sign';
import type { Listed } from './entry';
import type { AuthzFixture } from './fixture';
import { body, type Setup } from './samples';

const base = '/organizations/{orgId}/webhooks';

/** An endpoint of org A, made straight in the database (nothing is ever sent to it here). */
async function newEndpoint(f: AuthzFixture) {
  const id = newId();
  await db.webhookEndpoint.create({
    data: {
      id,
      organizationId: f.orgA.org.id,
      url: 'http://127.0.0.1:9/authz',
      events: ['department.created'],
      secret: webhookSecrets.seal(newWebhookSecret(), id),
    },
  });
  return id;
}

const endpoint: Setup = async (f) => ({
  params: { orgId: f.orgA.org.id, webhookId: await newEndpoint(f) },
  body: { description: 'Edited' },
});

const delivery: Setup = async (f) => {
  const webhookId = await newEndpoint(f);
  const [deliveryId] = await db.$transaction((tx) =>
    writeEvent(tx, f.orgA.org.id, 'department.created', { id: 'd' }, [webhookId]),
  );
  return { params: { orgId: f.orgA.org.id, webhookId, deliveryId: deliveryId! } };
};

/** The webhook routes (issue 17): all of them need webhooks.manage. */
export const webhookRoutes: Record<string, Listed> = {
  [`GET ${base}`]: { ok: 200 },
  [`POST ${base}`]: {
    ok: 201,
    // 127.0.0.1 is in the suite's WEBHOOK_ALLOWED_HOSTS (lib/test/global-setup.ts).
    setup: body(() => ({ url: 'http://127.0.0.1:9/authz', events: ['member.created'] })),
  },
  [`GET ${base}/{webhookId}`]: { ok: 200, setup: endpoint },
  [`PATCH ${base}/{webhookId}`]: { ok: 200, setup: endpoint },
  [`DELETE ${base}/{webhookId}`]: { ok: 204, setup: endpoint },
  [`POST ${base}/{webhookId}/rotate-secret`]: { ok: 200, setup: endpoint },
  [`POST ${base}/{webhookId}/test`]: { ok: 202, setup: endpoint },
  [`GET ${base}/{webhookId}/deliveries`]: { ok: 200, setup: endpoint },
  [`GET ${base}/{webhookId}/deliveries/{deliveryId}`]: { ok: 200, setup: delivery },
  [`POST ${base}/{webhookId}/deliveries/{deliveryId}/retry`]: { ok: 202, setup: delivery },
};
