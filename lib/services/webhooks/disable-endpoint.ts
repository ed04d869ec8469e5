import { audit } from '@/lib/server/audit';
import type { Tx } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';

/**
 * The portal disables an endpoint (410 Gone, or 24 hours of failures): its pending
 * deliveries stop, the trail says why, and everyone who manages the org's webhooks
 * gets the `webhook_disabled` e-mail.
 */
export async function disableEndpoint(
  tx: Tx,
  endpoint: { id: string; url: string; organizationId: string },
  reason: string,
): Promise<void> {
  await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false, disabledReason: reason } });
  await tx.webhookDelivery.updateMany({
    where: { endpointId: endpoint.id, status: 'pending' },
    data: { status: 'failed', jobId: null, nextAttemptAt: null, lastError: `The endpoint was disabled: ${reason}` },
  });
  await audit(
    tx,
    { principal: null, orgId: endpoint.organizationId, system: 'webhook delivery' },
    { action: 'webhook.auto_disable', targetType: 'webhook', targetId: endpoint.id, after: { reason } },
  );
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: endpoint.organizationId },
    select: { name: true, slug: true },
  });
  const managers = await tx.membership.findMany({
    where: {
      organizationId: endpoint.organizationId,
      status: 'active',
      user: { status: 'active' },
      role: { permissions: { has: 'webhooks.manage' } },
    },
    select: { user: { select: { email: true, firstName: true, lastName: true } } },
  });
  for (const { user } of managers) {
    await queueEmail(tx, {
      to: user.email,
      template: 'webhook_disabled',
      wording: { org: endpoint.organizationId },
      action: { path: `/o/${org.slug}/settings/webhooks/${endpoint.id}` },
      vars: {
        'user.name': `${user.firstName} ${user.lastName}`.trim(),
        'user.firstName': user.firstName,
        'user.email': user.email,
        'org.name': org.name,
        'webhook.url': endpoint.url,
        reason,
      },
    });
  }
}
