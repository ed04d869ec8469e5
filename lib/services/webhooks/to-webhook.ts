import type { Webhook, WebhookDelivery, WebhookDeliveryDetail } from '@/lib/schemas/webhook';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const webhookSelect = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  disabledReason: true,
  previousSecretExpiresAt: true,
  failingSince: true,
  createdAt: true,
  updatedAt: true,
} as const;

type WebhookRow = {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  previousSecretExpiresAt: Date | null;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

export function toWebhook(row: WebhookRow, now = new Date()): Webhook {
  const overlap = row.previousSecretExpiresAt && row.previousSecretExpiresAt > now ? row.previousSecretExpiresAt : null;
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    previousSecretExpiresAt: iso(overlap),
    failingSince: iso(row.failingSince),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const deliverySelect = {
  id: true,
  eventId: true,
  eventType: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastResponseCode: true,
  lastDurationMs: true,
  lastError: true,
  createdAt: true,
  updatedAt: true,
} as const;

type DeliveryRow = {
  id: string;
  eventId: string;
  eventType: string;
  status: WebhookDelivery['status'];
  attempts: number;
  nextAttemptAt: Date | null;
  lastResponseCode: number | null;
  lastDurationMs: number | null;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.eventId,
    event: row.eventType,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? iso(row.nextAttemptAt) : null,
    lastResponseCode: row.lastResponseCode,
    lastDurationMs: row.lastDurationMs,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

type AttemptRow = {
  number: number;
  manual: boolean;
  succeeded: boolean;
  responseCode: number | null;
  responseBody: string | null;
  error: string | null;
  durationMs: number;
  createdAt: Date;
};

export function toDeliveryDetail(
  row: DeliveryRow & { attemptsLog: AttemptRow[]; event: { body: string } },
): WebhookDeliveryDetail {
  return {
    ...toDelivery(row),
    attemptLog: row.attemptsLog.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    payload: row.event.body,
  };
}
