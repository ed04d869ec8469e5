import { z } from 'zod';
import { MemberAttributesInput } from './attribute';
import { Email } from './auth';
import { IdParam, listQuery, listResult } from './list';
import { NewPassword } from './password';
import { nameText, optionalNameText } from './text';

/** `expired` is a pending invitation past its expiry (or one replaced after expiring). */
export const invitationStatuses = ['pending', 'accepted', 'expired', 'revoked'] as const;
export const InvitationStatus = z.enum(invitationStatuses);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

/** An optional text field: blank (as forms send it) means absent. */
const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .optional()
    .transform((v) => v || undefined);

export const CreateInvitationInput = z.object({
  email: Email,
  roleId: z.string({ error: 'Choose a role' }).trim().min(1, 'Choose a role').max(64),
  departmentId: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .transform((v) => v || undefined),
  firstName: optionalNameText(100)
    .optional()
    .transform((v) => v || undefined),
  lastName: optionalNameText(100)
    .optional()
    .transform((v) => v || undefined),
  message: optionalText('The message', 1000),
  /** Custom attribute values for the member, key -> value: checked now, saved on acceptance. */
  attributes: MemberAttributesInput.optional(),
});
export type CreateInvitationInput = z.output<typeof CreateInvitationInput>;

const RoleRef = z.object({ id: z.string(), key: z.string(), name: z.string() });
const Person = z.object({ id: z.string(), name: z.string(), email: z.string() });

export const Invitation = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  role: RoleRef,
  departmentId: z.string().nullable(),
  department: z.object({ id: z.string(), name: z.string() }).nullable(),
  status: InvitationStatus,
  message: z.string().nullable(),
  invitedBy: Person.nullable().describe('Who sent it; null when sent with an API key or the user was deleted'),
  createdAt: z.string().describe('When it was first sent'),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
});
export type Invitation = z.infer<typeof Invitation>;

export const invitationSortFields = ['createdAt', 'email', 'expiresAt'] as const;
export const ListInvitationsQuery = listQuery(invitationSortFields, '-createdAt').extend({
  status: z
    .union([InvitationStatus, z.literal('')], { error: `status must be one of: ${invitationStatuses.join(', ')}` })
    .optional()
    .transform((v) => v || undefined),
});
export type ListInvitationsQuery = z.output<typeof ListInvitationsQuery>;
export const InvitationList = listResult(Invitation);

export const InvitationParams = z.object({ orgId: IdParam, invitationId: IdParam });

/** The secret of an invitation link (`/invite/<token>`). */
export const InviteToken = z.string({ error: 'The token is missing' }).trim().min(1, 'The token is missing').max(200);

export const ValidateInvitationInput = z.object({ token: InviteToken });

/**
 * What a token's holder may learn: whether it can be accepted, whether it has
 * expired, whether its e-mail already has an account, the org and the e-mail.
 * Nothing for a token that matches no invitation.
 */
export const ValidateInvitationResult = z.object({
  valid: z.boolean(),
  expired: z.boolean(),
  existingUser: z.boolean().describe('The invited e-mail has an account: accept while signed in as it'),
  organization: z
    .object({ id: z.string().optional(), name: z.string(), slug: z.string().optional() })
    .nullable()
    .describe('id and slug only while the invitation is valid'),
  email: z.string().nullable(),
});
export type ValidateInvitationResult = z.infer<typeof ValidateInvitationResult>;

const Name = (what: string) => nameText(what, 100);

/** A new user sends names and a password; an existing user sends only the token, signed in as themselves. */
export const AcceptInvitationInput = z.object({
  token: InviteToken,
  firstName: Name('First name').optional(),
  lastName: Name('Last name').optional(),
  password: NewPassword.optional(),
});
export type AcceptInvitationInput = z.output<typeof AcceptInvitationInput>;

export const AcceptInvitationResult = z.object({
  userId: z.string(),
  organization: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  role: RoleRef,
});
export type AcceptInvitationResult = z.infer<typeof AcceptInvitationResult>;

/** The browser form of a new user: the password typed twice. */
export const AcceptAsNewUserForm = z
  .object({
    firstName: Name('First name'),
    lastName: Name('Last name'),
    password: NewPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  });
export type AcceptAsNewUserForm = z.infer<typeof AcceptAsNewUserForm>;
