import 'server-only';
import type { z } from 'zod';
import { Department } from '@/lib/schemas/department';
import { Import } from '@/lib/schemas/import';
import { Invitation } from '@/lib/schemas/invitation';
import { Member } from '@/lib/schemas/member';
import { Organization } from '@/lib/schemas/organization';
import { Role } from '@/lib/schemas/role';
import { Team } from '@/lib/schemas/team';
import type { WebhookEventType } from '@/lib/schemas/webhook';
import { newId } from '../auth/secrets';
import type { Tx } from '../db';
import { enqueue } from '../jobs/queue';

export const WEBHOOK_QUEUE = 'webhook';

/** Each event's `data` is the resource in the REST API's read shape: the routes' own output schemas. */
const shapes = {
  'organization.updated': Organization,
  'member.created': Member,
  'member.updated': Member,
  'member.deactivated': Member,
  'member.activated': Member,
  'member.removed': Member,
  'invitation.created': Invitation,
  'invitation.accepted': Invitation,
  'invitation.revoked': Invitation,
  'role.created': Role,
  'role.updated': Role,
  'role.deleted': Role,
  'department.created': Department,
  'department.updated': Department,
  'department.deleted': Department,
  'import.completed': Import,
  'team.created': Team,
  'team.updated': Team,
  'team.deleted': Team,
} satisfies Record<WebhookEventType, z.ZodType>;

export type EventData<T extends WebhookEventType> = z.input<(typeof shapes)[T]>;

export const MAX_BODY_BYTES = 20 * 1024;

/**
 * The body `{ type, timestamp, data }`, kept under 20 KB: a resource too large for
 * that (long custom attributes) is sent with its top-level plain fields only, and
 * `truncated: true`, so that the receiver knows to read the rest from the API.
 */
export function eventBody(type: string, at: Date, data: Record<string, unknown>): string {
  const full = JSON.stringify({ type, timestamp: at.toISOString(), data });
  if (Buffer.byteLength(full) <= MAX_BODY_BYTES) return full;
  const plain = Object.fromEntries(
    Object.entries(data).filter(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v)),
  );
  const short = JSON.stringify({ type, timestamp: at.toISOString(), data: { ...plain, truncated: true } });
  if (Buffer.byteLength(short) <= MAX_BODY_BYTES) return short;
  const ids = Object.fromEntries(Object.entries(plain).filter(([k]) => k === 'id' || k === 'userId'));
  return JSON.stringify({ type, timestamp: at.toISOString(), data: { ...ids, truncated: true } });
}

/** The org's enabled endpoints that subscribe to `type`: one indexed look-up. */
export async function subscribers(tx: Tx, orgId: string, type: string): Promise<string[]> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { organizationId: orgId, enabled: true, events: { has: type } },
    select: { id: true },
  });
  return endpoints.map((e) => e.id);
}

/**
 * Writes an event to the outbox inside the caller's transaction, with one delivery
 * (and its job) per enabled endpoint of the org that subscribes to it: the event
 * exists exactly when the change does, whichever door (page, API, import) made it.
 * An org without such endpoints costs one indexed look-up.
 */
export async function emitEvent<T extends WebhookEventType>(
  tx: Tx,
  orgId: string,
  type: T,
  /** The resource, or a function that reads it: called only when some endpoint subscribes. */
  data: EventData<T> | (() => Promise<EventData<T>>),
): Promise<void> {
  const endpointIds = await subscribers(tx, orgId, type);
  if (endpointIds.length === 0) return;
  const item = typeof data === 'function' ? await data() : data;
  await writeEvent(tx, orgId, type, shapes[type].parse(item) as Record<string, unknown>, endpointIds);
}

/** One event per item, for changes that touch many resources at once. */
export async function emitEvents<T extends WebhookEventType>(
  tx: Tx,
  orgId: string,
  type: T,
  items: EventData<T>[],
): Promise<void> {
  if (items.length === 0) return;
  const endpointIds = await subscribers(tx, orgId, type);
  if (endpointIds.length === 0) return;
  for (const item of items) {
    await writeEvent(tx, orgId, type, shapes[type].parse(item) as Record<string, unknown>, endpointIds);
  }
}

/** The event row and its deliveries; also used by the test event, which goes to one endpoint. */
export async function writeEvent(
  tx: Tx,
  orgId: string,
  type: string,
  data: Record<string, unknown>,
  endpointIds: string[],
): Promise<string[]> {
  const at = new Date();
  const eventId = `msg_${newId().replaceAll('-', '')}`;
  await tx.webhookEvent.create({
    data: { id: eventId, organizationId: orgId, type, body: eventBody(type, at, data), createdAt: at },
  });
  const deliveryIds: string[] = [];
  for (const endpointId of endpointIds) {
    const id = newId();
    const jobId = await enqueue(tx, WEBHOOK_QUEUE, { deliveryId: id }, { maxAttempts: 3 });
    await tx.webhookDelivery.create({
      data: { id, organizationId: orgId, endpointId, eventId, eventType: type, jobId, nextAttemptAt: at },
    });
    deliveryIds.push(id);
  }
  return deliveryIds;
}
