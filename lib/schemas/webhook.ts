import { z } from 'zod';
import { IdParam, listQuery, listResult } from './list';

/** The events an endpoint can subscribe to (PRODUCT.md, "Webhooks"), with what each means. */
export const webhookEvents = {
  'organization.updated': "The organization's profile changed",
  'member.created': 'A person became a member (added, joined by invitation)',
  'member.updated': "A member's profile, role or department changed",
  'member.deactivated': 'A member was deactivated',
  'member.activated': 'A deactivated member was activated again',
  'member.removed': 'A member was removed from the organization',
  'invitation.created': 'Someone was invited',
  'invitation.accepted': 'An invitation was accepted',
  'invitation.revoked': 'An invitation was revoked',
  'role.created': 'A custom role was created',
  'role.updated': 'A role was edited',
  'role.deleted': 'A custom role was deleted',
  'department.created': 'A department was created',
  'department.updated': 'A department was renamed or edited',
  'department.deleted': 'A department was deleted',
  'import.completed': 'A bulk import finished',
  'team.created': 'A team was created',
  'team.updated': 'A team was renamed, its role changed, or members joined or left it',
  'team.deleted': 'A team was deleted',
} as const;
export type WebhookEventType = keyof typeof webhookEvents;
export const webhookEventTypes = Object.keys(webhookEvents) as [WebhookEventType, ...WebhookEventType[]];

/** What `POST …/webhooks/{id}/test` sends: not in the catalog, so it goes only where it is asked for. */
export const TEST_EVENT = 'webhook.test';

export const WebhookEventKey = z.enum(webhookEventTypes, { error: 'Unknown event' });

const WebhookUrl = z
  .string({ error: 'URL is required' })
  .trim()
  .min(1, 'URL is required')
  .max(2000, 'The URL is too long')
  .refine((v) => URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol), 'Enter an http(s):// URL')
  .refine((v) => !URL.canParse(v) || (!new URL(v).username && !new URL(v).password), 'Put no credentials in the URL');

const Events = z
  .array(WebhookEventKey)
  .min(1, 'Choose at least one event')
  .transform((events) => [...new Set(events)]);

const Description = z.string().trim().max(200, 'The description is at most 200 characters');

export const CreateWebhookInput = z.object({
  url: WebhookUrl,
  events: Events,
  description: Description.optional(),
});
export type CreateWebhookInput = z.infer<typeof CreateWebhookInput>;

export const UpdateWebhookInput = z
  .object({ url: WebhookUrl, events: Events, description: Description, enabled: z.boolean() })
  .partial();
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookInput>;

export const Webhook = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.string()),
  enabled: z.boolean(),
  /** Why the endpoint was disabled when the portal did it (410 Gone, 24 h of failures); null otherwise. */
  disabledReason: z.string().nullable(),
  /** Until when the previous secret still signs alongside the current one, after a rotation. */
  previousSecretExpiresAt: z.string().nullable(),
  failingSince: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Webhook = z.infer<typeof Webhook>;

/** The signing secret (`whsec_…`) appears in the create and rotate responses only. */
export const CreatedWebhook = Webhook.extend({ secret: z.string() });
export type CreatedWebhook = z.infer<typeof CreatedWebhook>;

export const RotateWebhookSecretInput = z.object({
  /** How long the old secret keeps signing; 24 hours unless said. 0 stops it at once. */
  overlapHours: z.number().int().min(0).max(24, 'The overlap is at most 24 hours').default(24),
});

export const ListWebhooksQuery = listQuery(['createdAt', 'url'], '-createdAt');
export const WebhookList = listResult(Webhook);
export const WebhookParams = z.object({ orgId: IdParam, webhookId: IdParam });
export const DeliveryParams = WebhookParams.extend({ deliveryId: IdParam });

export const deliveryStatuses = ['pending', 'succeeded', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const ListDeliveriesQuery = listQuery(['createdAt'], '-createdAt').extend({
  event: z.union([WebhookEventKey, z.literal(TEST_EVENT)]).optional(),
  status: z.enum(deliveryStatuses, { error: 'status is pending, succeeded or failed' }).optional(),
});
export type ListDeliveriesQuery = z.infer<typeof ListDeliveriesQuery>;

export const WebhookAttempt = z.object({
  number: z.number().int(),
  manual: z.boolean(),
  succeeded: z.boolean(),
  responseCode: z.number().int().nullable(),
  /** The first 2 KB of the receiver's answer. */
  responseBody: z.string().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  createdAt: z.string(),
});

export const WebhookDelivery = z.object({
  id: z.string(),
  eventId: z.string(),
  event: z.string(),
  status: z.enum(deliveryStatuses),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastResponseCode: z.number().int().nullable(),
  lastDurationMs: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;
export const WebhookDeliveryList = listResult(WebhookDelivery);

/** One delivery read on its own: with every attempt (oldest first) and the body that is signed and sent. */
export const WebhookDeliveryDetail = WebhookDelivery.extend({
  attemptLog: z.array(WebhookAttempt),
  payload: z.string(),
});
export type WebhookDeliveryDetail = z.infer<typeof WebhookDeliveryDetail>;
