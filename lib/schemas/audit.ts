import { z } from 'zod';
import { IdParam } from './list';

export const AUDIT_LIMIT_MAX = 100;
export const actorTypes = ['user', 'apiKey', 'system', 'anonymous'] as const;

export const AuditActor = z.object({
  type: z.enum(actorTypes),
  /** The user id or API key id; null for system and anonymous actors. */
  id: z.string().nullable(),
  /** The e-mail of the user or the name of the key at the time of the action. */
  label: z.string(),
});

export const AuditEntry = z.object({
  id: z.string(),
  createdAt: z.string(),
  organizationId: z.string().nullable(),
  actor: AuditActor,
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({
  data: z.array(AuditEntry),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
  limit: z.number().int(),
});
export type AuditPage = z.infer<typeof AuditPage>;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((v) => v || undefined);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO 8601 date or date-time; `end` turns a bare date into the end of that day. */
const isoDate = (end: boolean) =>
  text(40)
    .refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), 'Use an ISO 8601 date, e.g. 2026-01-31')
    .transform((v) => {
      if (!v) return undefined;
      const date = new Date(v);
      return end && DAY.test(v) ? new Date(date.getTime() + 86_400_000 - 1) : date;
    });

const auditFilters = {
  /** A user id or an API key id. */
  actor: text(64),
  /** An exact action (`department.update`), or a prefix ending in `.*` (`member.*`). */
  action: text(100).refine((v) => v === undefined || /^[a-z0-9_]+(\.[a-z0-9_]+)*(\.\*)?$/i.test(v), {
    message: 'Use an action such as department.update, or a prefix such as member.*',
  }),
  targetType: text(64),
  targetId: text(64),
  /** From this instant (a bare date: its start, UTC). */
  from: isoDate(false),
  /** Up to this instant (a bare date: its end, UTC). */
  to: isoDate(true),
  /** The opaque `nextCursor` of the previous page. */
  cursor: text(200),
  limit: z.coerce
    .number()
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(AUDIT_LIMIT_MAX, `limit is at most ${AUDIT_LIMIT_MAX}`)
    .default(50),
  /** `csv` streams every matching entry as a CSV download instead (cursor and limit are ignored). */
  format: z.enum(['json', 'csv'], { error: 'format must be json or csv' }).default('json'),
};

const fromBeforeTo = (q: { from?: Date; to?: Date }) => !q.from || !q.to || q.from <= q.to;
const fromBeforeToIssue = { message: 'from must not be after to', path: ['from'] };

export const AuditQuery = z.object(auditFilters).refine(fromBeforeTo, fromBeforeToIssue);
export type AuditQuery = z.output<typeof AuditQuery>;

export const PlatformAuditQuery = z
  .object({ ...auditFilters, organizationId: text(64) })
  .refine(fromBeforeTo, fromBeforeToIssue);
export type PlatformAuditQuery = z.output<typeof PlatformAuditQuery>;

export type AuditFilters = Omit<PlatformAuditQuery, 'format'>;

export const AuditParams = z.object({ orgId: IdParam });
