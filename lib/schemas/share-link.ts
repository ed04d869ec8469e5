import { z } from 'zod';
import { IdParam, IdRef } from './list';

export const SHARE_MIN_HOURS = 1;
export const SHARE_MAX_HOURS = 30 * 24;

/** Profile-card fields a link can show besides the name; `attributes.<key>` shows one custom attribute. */
export const shareCardFields = ['jobTitle', 'department', 'avatar', 'country'] as const;
export const defaultShareFields = ['jobTitle', 'department', 'avatar'] as const;

const ShareField = z
  .string()
  .refine((v) => (shareCardFields as readonly string[]).includes(v) || /^attributes\.[A-Za-z0-9_-]{1,64}$/.test(v), {
    message: `Use ${shareCardFields.join(', ')} or attributes.<key>`,
  });

export const CreateShareLinkInput = z.object({
  expiresInHours: z
    .number({ error: 'expiresInHours is required' })
    .int('expiresInHours is a whole number of hours')
    .min(SHARE_MIN_HOURS, 'Links last at least 1 hour')
    .max(SHARE_MAX_HOURS, 'Links last at most 30 days (720 hours)'),
  organizationId: IdRef.optional(),
  fields: z.array(ShareField).max(30).optional(),
});
export type CreateShareLinkInput = z.output<typeof CreateShareLinkInput>;

export const CreatedShareLink = z.object({ id: z.string(), url: z.string(), expiresAt: z.string() });
export type CreatedShareLink = z.infer<typeof CreatedShareLink>;

export const ShareLink = z.object({
  id: z.string(),
  organization: z.object({ id: z.string(), name: z.string() }),
  fields: z.array(z.string()),
  status: z.enum(['active', 'expired', 'revoked']),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastViewedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ShareLink = z.infer<typeof ShareLink>;
export const ShareLinkList = z.object({ data: z.array(ShareLink) });

export const ShareLinkParams = z.object({ id: IdParam });

/** The expiry choices the account page offers. */
export const shareExpiryChoices = [
  { hours: 1, label: '1 hour' },
  { hours: 24, label: '1 day' },
  { hours: 7 * 24, label: '7 days' },
  { hours: 30 * 24, label: '30 days' },
] as const;
