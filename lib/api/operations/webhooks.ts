import { OrgParams } from '@/lib/schemas/role';
import {
  CreatedWebhook,
  CreateWebhookInput,
  DeliveryParams,
  ListDeliveriesQuery,
  ListWebhooksQuery,
  RotateWebhookSecretInput,
  UpdateWebhookInput,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryDetail,
  WebhookDeliveryList,
  WebhookList,
  WebhookParams,
} from '@/lib/schemas/webhook';
import { defineOperation } from '../operation';

const access = { permission: 'webhooks.manage' } as const;
const tag = 'Webhooks';
const base = '/organizations/{orgId}/webhooks';

export const listWebhooksOp = defineOperation({
  id: 'listWebhooks',
  method: 'GET',
  path: base,
  summary: "List the organization's webhook endpoints (never their secrets)",
  tag,
  access,
  params: OrgParams,
  query: ListWebhooksQuery,
  response: WebhookList,
});

export const createWebhookOp = defineOperation({
  id: 'createWebhook',
  method: 'POST',
  path: base,
  summary:
    'Create an endpoint. Its host must resolve to public addresses only (else 422) and the URL must be https, unless listed in WEBHOOK_ALLOWED_HOSTS. `secret` (whsec_…) is in this response only.',
  tag,
  access,
  params: OrgParams,
  body: CreateWebhookInput,
  response: CreatedWebhook,
  status: 201,
  errors: [422],
});

export const getWebhookOp = defineOperation({
  id: 'getWebhook',
  method: 'GET',
  path: `${base}/{webhookId}`,
  summary: 'Read an endpoint',
  tag,
  access,
  params: WebhookParams,
  response: Webhook,
});

export const updateWebhookOp = defineOperation({
  id: 'updateWebhook',
  method: 'PATCH',
  path: `${base}/{webhookId}`,
  summary: 'Change the URL (checked again), events or description; enable or disable the endpoint',
  tag,
  access,
  params: WebhookParams,
  body: UpdateWebhookInput,
  response: Webhook,
  errors: [422],
});

export const deleteWebhookOp = defineOperation({
  id: 'deleteWebhook',
  method: 'DELETE',
  path: `${base}/{webhookId}`,
  summary: 'Delete an endpoint and its delivery log',
  tag,
  access,
  params: WebhookParams,
  status: 204,
});

export const rotateWebhookSecretOp = defineOperation({
  id: 'rotateWebhookSecret',
  method: 'POST',
  path: `${base}/{webhookId}/rotate-secret`,
  summary:
    'A new signing secret (in this response only). The old one keeps signing alongside it for `overlapHours` (24 by default): both signatures are in `webhook-signature`.',
  tag,
  access,
  params: WebhookParams,
  body: RotateWebhookSecretInput,
  response: CreatedWebhook,
});

export const sendWebhookTestOp = defineOperation({
  id: 'sendWebhookTest',
  method: 'POST',
  path: `${base}/{webhookId}/test`,
  summary: 'Send a `webhook.test` event to this endpoint, signed and logged like any other',
  tag,
  access,
  params: WebhookParams,
  response: WebhookDelivery,
  status: 202,
  errors: [409],
});

export const listWebhookDeliveriesOp = defineOperation({
  id: 'listWebhookDeliveries',
  method: 'GET',
  path: `${base}/{webhookId}/deliveries`,
  summary: "The endpoint's delivery log, newest first; filter by `event` and `status`. Kept 30 days.",
  tag,
  access,
  params: WebhookParams,
  query: ListDeliveriesQuery,
  response: WebhookDeliveryList,
});

export const getWebhookDeliveryOp = defineOperation({
  id: 'getWebhookDelivery',
  method: 'GET',
  path: `${base}/{webhookId}/deliveries/{deliveryId}`,
  summary: 'One delivery with every attempt (response code, duration, first 2 KB of the answer) and the payload',
  tag,
  access,
  params: DeliveryParams,
  response: WebhookDeliveryDetail,
});

export const retryWebhookDeliveryOp = defineOperation({
  id: 'retryWebhookDelivery',
  method: 'POST',
  path: `${base}/{webhookId}/deliveries/{deliveryId}/retry`,
  summary: 'Attempt a delivery again now (the endpoint must be enabled)',
  tag,
  access,
  params: DeliveryParams,
  response: WebhookDelivery,
  status: 202,
  errors: [409],
});
