import { z } from 'zod';
import { MemberAttributes, MemberAttributesInput } from './attribute';
import { isCountryCode } from './country';
import { IdParam, listQuery, listResult } from './list';
import { RoleRef } from './me';
import { NewPassword } from './password';
import { nameText } from './text';

export const memberStatuses = ['active', 'deactivated'] as const;
export type MemberStatus = (typeof memberStatuses)[number];

export const Member = z.object({
  userId: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  jobTitle: z.string().nullable(),
  phone: z.string().nullable(),
  country: z.string().nullable(),
  role: RoleRef,
  department: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: z.enum(memberStatuses),
  invitedBy: z.object({ userId: z.string(), name: z.string(), email: z.string() }).nullable(),
  joinedAt: z.string(),
  lastLoginAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  mfaEnabled: z.boolean().describe('Whether the member has a second factor (an authenticator app or a passkey)'),
  /** Custom attribute values, key -> value (on list items only with `include=attributes`). */
  attributes: MemberAttributes.optional(),
});
export type Member = z.infer<typeof Member>;

export const memberSortFields = ['name', 'email', 'role', 'department', 'joinedAt', 'lastSeenAt'] as const;
export type MemberSortField = (typeof memberSortFields)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

const isoDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), 'Use an ISO 8601 date, e.g. 2026-01-31')
  .transform((v) => (v ? new Date(v) : undefined));

const memberListQuery = listQuery(memberSortFields, 'name').extend({
  /** A role id or key. */
  role: optionalText(64),
  /** A department id, or `none` for members without one. */
  department: optionalText(64),
  /** A team id: the team's members only. */
  team: optionalText(64),
  status: z
    .enum(memberStatuses, { error: 'status must be active or deactivated' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** `enabled`: members with a second factor; `disabled`: those without. */
  mfa: z
    .enum(['enabled', 'disabled'], { error: 'mfa must be enabled or disabled' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  joinedAfter: isoDate,
  joinedBefore: isoDate,
  /** The opaque `nextCursor` of the previous reply: keyset pagination (then `page` is ignored). */
  cursor: optionalText(500),
  /** `attributes` adds each member's custom attribute values to the list items. */
  include: z.enum(['attributes'], { error: 'include must be attributes' }).optional(),
});
/** Plus `attr.<key>=<value>`: filters by a filterable attribute (checked by the service: unknown key -> 422). */
export const ListMembersQuery = memberListQuery.catchall(z.unknown());
export type ListMembersQuery = z.output<typeof ListMembersQuery>;

export const MemberList = listResult(Member).extend({
  /** True when `total` is the planner's estimate (more than 10,000 matches); see docs/decisions/006. */
  totalIsEstimate: z.boolean(),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Pending invitations of the org, when the caller may see them (else null). */
  pendingInvitations: z.number().int().nullable(),
});
export type MemberList = z.infer<typeof MemberList>;

const name = (label: string) => nameText(label, 100);

const nullableText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

export const Phone = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'Use the international E.164 format, e.g. +14155550123');
export const Country = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166 country code, e.g. DE')
      .refine(isCountryCode, 'Choose a country from the list (an ISO 3166 code, e.g. DE)'),
  );

export const AddMemberInput = z.object({
  email: z
    .string({ error: 'E-mail is required' })
    .trim()
    .toLowerCase()
    .pipe(z.email('Enter a valid e-mail address').max(254)),
  firstName: name('First name'),
  lastName: name('Last name'),
  roleId: z.string({ error: 'Choose a role' }).min(1, 'Choose a role').max(64),
  departmentId: z
    .string()
    .max(64)
    .nullable()
    .optional()
    .transform((v) => v || null),
  jobTitle: nullableText('Job title', 100),
  temporaryPassword: NewPassword.optional().or(z.literal('').transform(() => undefined)),
  attributes: MemberAttributesInput.optional(),
});
export type AddMemberInput = z.output<typeof AddMemberInput>;

/** The same whether or not the address has an account; never anyone's profile. */
export const AddMemberResult = z.object({
  email: z.string(),
  /** Without temporaryPassword: the invitation that was sent (resend or revoke it under …/invitations). */
  invitationId: z.string().optional(),
  message: z.string(),
});
export type AddMemberResult = z.infer<typeof AddMemberResult>;

export const UpdateMemberInput = z.object({
  firstName: name('First name').optional(),
  lastName: name('Last name').optional(),
  jobTitle: nullableText('Job title', 100),
  phone: Phone.nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  country: Country.nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  departmentId: z.string().max(64).nullable().optional(),
  roleId: z.string().min(1).max(64).optional(),
  attributes: MemberAttributesInput.optional(),
});
export type UpdateMemberInput = z.output<typeof UpdateMemberInput>;

export const MemberParams = z.object({ orgId: IdParam, userId: IdParam });

export const Accepted = z.object({ message: z.string() });
