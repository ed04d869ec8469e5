import { z } from 'zod';
import { IdParam, listQuery, listResult } from './list';
import { RoleRef } from './me';

export const roleRequestStatuses = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export const RoleRequestStatus = z.enum(roleRequestStatuses);
export type RoleRequestStatus = z.infer<typeof RoleRequestStatus>;

export const REASON_MAX = 1000;
export const NOTE_MAX = 1000;

export const CreateRoleRequestInput = z.object({
  roleId: z.string({ error: 'Choose a role' }).trim().min(1, 'Choose a role').max(64, 'Choose a role'),
  reason: z
    .string({ error: 'Tell the reviewers why you need this role' })
    .trim()
    .min(1, 'Tell the reviewers why you need this role')
    .max(REASON_MAX, `Reason must be at most ${REASON_MAX} characters`),
});
export type CreateRoleRequestInput = z.infer<typeof CreateRoleRequestInput>;

/** PATCH …/role-requests/{id}: approve, or reject with a note (the requester reads it). */
export const ReviewRoleRequestInput = z
  .object({
    status: z.enum(['approved', 'rejected'], { error: 'status must be approved or rejected' }),
    note: z
      .string()
      .trim()
      .max(NOTE_MAX, `Note must be at most ${NOTE_MAX} characters`)
      .optional()
      .transform((v) => v || undefined),
  })
  .refine((v) => v.status !== 'rejected' || v.note, {
    path: ['note'],
    message: 'Say why the request is rejected',
  });
export type ReviewRoleRequestInput = z.output<typeof ReviewRoleRequestInput>;

const Person = z.object({ userId: z.string(), email: z.string(), firstName: z.string(), lastName: z.string() });

export const RoleRequest = z.object({
  id: z.string(),
  status: RoleRequestStatus,
  requester: Person,
  /** The requested role. */
  role: RoleRef,
  /** The role the requester held when asking (null if that role was deleted since). */
  fromRole: RoleRef.nullable(),
  reason: z.string(),
  note: z.string().nullable(),
  reviewedBy: Person.nullable(),
  reviewedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RoleRequest = z.infer<typeof RoleRequest>;

/** One request with what approving it would change for the requester. */
export const RoleRequestDetails = RoleRequest.extend({
  /** The requester's role now (null when they are no longer a member). */
  currentRole: RoleRef.nullable(),
  rolePermissions: z.array(z.string()),
  /** Permissions of the requested role the requester does not hold now, and those they would lose. */
  permissionsAdded: z.array(z.string()),
  permissionsRemoved: z.array(z.string()),
});
export type RoleRequestDetails = z.infer<typeof RoleRequestDetails>;

export const roleRequestSortFields = ['createdAt'] as const;
export const ListRoleRequestsQuery = listQuery(roleRequestSortFields, '-createdAt').extend({
  status: z
    .union([RoleRequestStatus, z.literal('')], { error: `status must be one of: ${roleRequestStatuses.join(', ')}` })
    .optional()
    .transform((v) => v || undefined),
  userId: z
    .string()
    .max(64)
    .optional()
    .transform((v) => v || undefined),
});
export type ListRoleRequestsQuery = z.output<typeof ListRoleRequestsQuery>;
export const RoleRequestList = listResult(RoleRequest);

export const RoleRequestParams = z.object({ orgId: IdParam, requestId: IdParam });

/** A request of the signed-in user, in any of their orgs (the account page). */
export const MyRoleRequest = RoleRequest.extend({
  organization: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
});
export type MyRoleRequest = z.infer<typeof MyRoleRequest>;
