import { z } from 'zod';
import { IdParam, IdRef, listQuery, listResult } from './list';

export const DEFAULT_ACCESS_LEVELS = ['read', 'write', 'full'] as const;
export const ACCESS_LEVELS_MAX = 20;
export const GRANT_APPS_MAX = 100;

const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} must be at most ${max} characters`).optional();

export const AccessLevel = z
  .string({ error: 'Access level is required' })
  .trim()
  .toLowerCase()
  .min(1, 'Access level is required')
  .max(40, 'An access level is at most 40 characters')
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'Use lowercase letters, digits, - and _ (e.g. read, read-only)');

export const AccessLevels = z
  .array(AccessLevel, { error: 'List the access levels the application offers' })
  .min(1, 'Offer at least one access level')
  .max(ACCESS_LEVELS_MAX, `At most ${ACCESS_LEVELS_MAX} access levels`)
  .refine((levels) => new Set(levels).size === levels.length, 'Each access level may appear only once');

export const CreateApplicationInput = z.object({
  name: z
    .string({ error: 'Name is required' })
    .trim()
    .min(1, 'Name is required')
    .max(100, 'Name must be at most 100 characters'),
  owner: optionalText('Owner', 100),
  type: optionalText('Type', 60),
  description: optionalText('Description', 500),
  accessLevels: AccessLevels.optional(),
});
export type CreateApplicationInput = z.infer<typeof CreateApplicationInput>;

export const UpdateApplicationInput = CreateApplicationInput.partial();
export type UpdateApplicationInput = z.infer<typeof UpdateApplicationInput>;

export const Application = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.string(),
  type: z.string(),
  description: z.string(),
  accessLevels: z.array(z.string()),
  grantCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Application = z.infer<typeof Application>;

export const applicationSortFields = ['name', 'type', 'owner', 'grantCount', 'createdAt'] as const;
export const ListApplicationsQuery = listQuery(applicationSortFields, 'name');
export const ApplicationList = listResult(Application);

export const ApplicationParams = z.object({ orgId: IdParam, appId: IdParam });
export const MemberParams = z.object({ orgId: IdParam, userId: IdParam });
export const MemberApplicationParams = z.object({ orgId: IdParam, userId: IdParam, appId: IdParam });

/** One application a member may use, as seed 003's access list shows it, plus the level. */
export const MemberGrant = z.object({
  appId: z.string(),
  appName: z.string(),
  appOwner: z.string(),
  appType: z.string(),
  accessLevel: z.string(),
  /** The levels the application offers, so a client can offer a change. */
  accessLevels: z.array(z.string()),
  grantedAt: z.string(),
  updatedAt: z.string(),
});
export type MemberGrant = z.infer<typeof MemberGrant>;

export const memberGrantSortFields = ['appName', 'appType', 'accessLevel', 'grantedAt'] as const;
export const ListMemberGrantsQuery = listQuery(memberGrantSortFields, 'appName');
export const MemberGrantList = listResult(MemberGrant);

export const GrantApplicationsInput = z.object({
  appIds: z
    .array(IdRef, { error: 'List the applications to grant' })
    .min(1, 'Choose at least one application')
    .max(GRANT_APPS_MAX, `At most ${GRANT_APPS_MAX} applications at once`)
    .transform((ids) => [...new Set(ids)]),
  accessLevel: AccessLevel,
});
export type GrantApplicationsInput = z.infer<typeof GrantApplicationsInput>;

/**
 * The member page's "grant access": one application at a time. The level is picked from the
 * application's own (the server checks it), so an unchosen application is the one error shown.
 */
export const GrantApplicationForm = z.object({
  appId: z.string().min(1, 'Choose an application'),
  accessLevel: z.string(),
});

export const GrantResult = z.object({ data: z.array(MemberGrant) });

/** The one-call check: what may this member do in this application? `accessLevel` null = nothing. */
export const AccessCheck = z.object({
  application: z.object({ id: z.string(), name: z.string() }),
  userId: z.string(),
  /** The member's status in the org: a deactivated member's grants are kept but give no access. */
  memberStatus: z.enum(['active', 'deactivated']),
  accessLevel: z.string().nullable(),
});
export type AccessCheck = z.infer<typeof AccessCheck>;

/** A holder of an application, for the application's page and `GET …/applications/{appId}/grants`. */
export const ApplicationHolder = z.object({
  userId: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  memberStatus: z.enum(['active', 'deactivated']),
  accessLevel: z.string(),
  grantedAt: z.string(),
  updatedAt: z.string(),
});
export type ApplicationHolder = z.infer<typeof ApplicationHolder>;

export const holderSortFields = ['name', 'email', 'accessLevel', 'grantedAt'] as const;
export const ListHoldersQuery = listQuery(holderSortFields, 'name');
export const HolderList = listResult(ApplicationHolder);

/** "read, write, full" -> ['read', 'write', 'full']: how the forms let people type the levels. */
export const splitLevels = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The create/edit form: the API's fields, with the access levels typed as one comma-separated text. */
export const ApplicationForm = CreateApplicationInput.extend({
  accessLevels: z.string().transform(splitLevels).pipe(AccessLevels),
});

/** The application page's "grant to members": one application, several members, one level. */
export const GrantMembersInput = z.object({
  userIds: z
    .array(IdRef)
    .min(1, 'Choose at least one member')
    .max(GRANT_APPS_MAX, `At most ${GRANT_APPS_MAX} members at once`)
    .transform((ids) => [...new Set(ids)]),
  accessLevel: AccessLevel,
});
