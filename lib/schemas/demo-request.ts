import { z } from 'zod';
import { Email } from './auth';
import { IdParam, listQuery, listResult } from './list';
import { nameText } from './text';

/** The statuses a superadmin moves a request through. */
export const pipelineStatuses = ['new', 'contacted', 'scheduled', 'completed', 'cancelled'] as const;
export const PipelineStatus = z.enum(pipelineStatuses, {
  error: `Status must be one of: ${pipelineStatuses.join(', ')}`,
});
/** Every status: `converted` is set by onboarding an organization from the request, never by hand. */
export const demoRequestStatuses = [...pipelineStatuses, 'converted'] as const;
export const DemoRequestStatus = z.enum(demoRequestStatuses, {
  error: `Status must be one of: ${demoRequestStatuses.join(', ')}`,
});
export type DemoRequestStatus = z.infer<typeof DemoRequestStatus>;

const Required = (what: string, max: number) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} must be at most ${max} characters`);

/** An optional text: blank becomes undefined. */
const Optional = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .optional()
    .transform((v) => v || undefined);

/** A text that PATCH may set or clear: blank and null both clear it. */
const Clearable = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v || null));

/** E.164, e.g. +14155550123. Spaces, dashes, dots and brackets people type are dropped first; blank = none. */
export const Phone = z
  .string()
  .optional()
  .transform((v) => (v ?? '').replace(/[\s\-().]/g, '') || undefined)
  .refine((v) => v === undefined || /^\+[1-9]\d{6,14}$/.test(v), {
    message: 'Enter the phone number in international format, e.g. +14155550123',
  });

export const CreateDemoRequestInput = z.object({
  firstName: nameText('First name', 100),
  lastName: nameText('Last name', 100),
  email: Email,
  phone: Phone,
  jobTitle: Optional('Job title', 100),
  company: Required('Company', 200),
  message: Optional('Message', 2000),
  consent: z.literal(true, { error: 'Agree to be contacted about the demo to send the request' }),
  /** A honeypot: hidden from people, so only bots fill it in. A filled-in request is dropped without a word. */
  website: z.string().max(500).optional(),
});
export type CreateDemoRequestInput = z.infer<typeof CreateDemoRequestInput>;

export const CreateDemoRequestResult = z.object({ id: z.string(), status: z.literal('new') });
export type CreateDemoRequestResult = z.infer<typeof CreateDemoRequestResult>;

export const DEMO_DATE_MESSAGE = 'Use an ISO 8601 date and time with an offset, e.g. 2026-03-02T14:30:00+01:00';
export const DEMO_DATE_REQUIRED = 'Choose the demo date to schedule the demo';

/** A point in time with its offset (Z or ±hh:mm): a date without one would mean a different time to each reader. */
export const DemoDate = z.iso.datetime({ offset: true, error: DEMO_DATE_MESSAGE });

export const UpdateDemoRequestInput = z
  .object({
    status: PipelineStatus.optional(),
    demoDate: DemoDate.nullable().optional(),
    feedback: Clearable('Feedback', 2000),
    notes: Clearable('Notes', 5000),
  })
  .superRefine((value, ctx) => {
    // A missing demoDate may still be the one already stored: the service checks that case.
    if (value.status === 'scheduled' && value.demoDate === null) {
      ctx.addIssue({ code: 'custom', path: ['demoDate'], message: DEMO_DATE_REQUIRED });
    }
  });
export type UpdateDemoRequestInput = z.infer<typeof UpdateDemoRequestInput>;

export const DemoRequest = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  jobTitle: z.string().nullable(),
  company: z.string(),
  message: z.string().nullable(),
  status: DemoRequestStatus,
  demoDate: z.string().nullable(),
  feedback: z.string().nullable(),
  notes: z.string().nullable(),
  /** The organization onboarded from this request, once it is `converted` (null if since deleted). */
  convertedOrganizationId: z.string().nullable(),
  convertedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DemoRequest = z.infer<typeof DemoRequest>;

export const demoRequestSortFields = ['createdAt', 'demoDate'] as const;
export const ListDemoRequestsQuery = listQuery(demoRequestSortFields, '-createdAt').extend({
  status: z
    .union([z.literal(''), DemoRequestStatus])
    .optional()
    .transform((v) => v || undefined),
});
export type ListDemoRequestsQuery = z.infer<typeof ListDemoRequestsQuery>;

/** How many requests are in each status (whatever the search and filter), and in all. */
export const DemoRequestCounts = z.object({
  all: z.number().int(),
  new: z.number().int(),
  contacted: z.number().int(),
  scheduled: z.number().int(),
  completed: z.number().int(),
  cancelled: z.number().int(),
  converted: z.number().int(),
});
export type DemoRequestCounts = z.infer<typeof DemoRequestCounts>;

export const DemoRequestList = listResult(DemoRequest).extend({ counts: DemoRequestCounts });
export type DemoRequestList = z.infer<typeof DemoRequestList>;

export const DemoRequestParams = z.object({ id: IdParam });
