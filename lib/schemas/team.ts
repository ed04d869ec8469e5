import { z } from 'zod';
import { IdParam, listQuery, listResult } from './list';

export const TeamName = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, 'Name is required')
  .max(100, 'Name must be at most 100 characters');

const roleRef = z
  .string()
  .trim()
  .max(64)
  .nullable()
  .optional()
  .transform((v) => (v === '' ? null : v));

export const CreateTeamInput = z.object({
  name: TeamName,
  description: z.string().trim().max(500, 'Description must be at most 500 characters').optional(),
  /** A role of the org that the team's members also receive (docs/decisions/016); null for none. */
  roleId: roleRef,
});
export type CreateTeamInput = z.input<typeof CreateTeamInput>;

export const UpdateTeamInput = CreateTeamInput.partial();
export type UpdateTeamInput = z.input<typeof UpdateTeamInput>;

export const Team = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  role: z.object({ id: z.string(), key: z.string(), name: z.string() }).nullable(),
  externalId: z.string().nullable(),
  memberCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Team = z.infer<typeof Team>;

export const teamSortFields = ['name', 'createdAt', 'updatedAt', 'memberCount'] as const;
export const ListTeamsQuery = listQuery(teamSortFields, 'name');
export const TeamList = listResult(Team);

export const TeamParams = z.object({ orgId: IdParam, teamId: IdParam });
export const TeamMemberParams = z.object({ orgId: IdParam, teamId: IdParam, userId: IdParam });

export const TeamMembersInput = z.object({
  userIds: z
    .array(z.string().min(1).max(64), { error: 'userIds must be a list of member ids' })
    .min(1, 'Name at least one member')
    .max(1000, 'At most 1,000 members at a time'),
});
export type TeamMembersInput = z.infer<typeof TeamMembersInput>;

export const TeamMembersResult = z.object({ teamId: z.string(), added: z.number().int(), removed: z.number().int() });
export type TeamMembersResult = z.infer<typeof TeamMembersResult>;
