import { OrgParams } from '@/lib/schemas/role';
import {
  CreateTeamInput,
  ListTeamsQuery,
  Team,
  TeamList,
  TeamMemberParams,
  TeamMembersInput,
  TeamMembersResult,
  TeamParams,
  UpdateTeamInput,
} from '@/lib/schemas/team';
import { defineOperation } from '../operation';

const read = { permission: 'teams.read' } as const;
const write = { permission: 'teams.write' } as const;

export const listTeamsOp = defineOperation({
  id: 'listTeams',
  method: 'GET',
  path: '/organizations/{orgId}/teams',
  summary: "List teams; a team's members are GET …/members?team={teamId}",
  tag: 'Teams',
  access: read,
  params: OrgParams,
  query: ListTeamsQuery,
  response: TeamList,
});

export const createTeamOp = defineOperation({
  id: 'createTeam',
  method: 'POST',
  path: '/organizations/{orgId}/teams',
  summary: 'Create a team, optionally with a role its members also receive (not the owner role)',
  tag: 'Teams',
  access: write,
  params: OrgParams,
  body: CreateTeamInput,
  response: Team,
  status: 201,
  errors: [409],
});

export const getTeamOp = defineOperation({
  id: 'getTeam',
  method: 'GET',
  path: '/organizations/{orgId}/teams/{teamId}',
  summary: 'Read a team; the ETag header is its version for If-Match',
  tag: 'Teams',
  access: read,
  params: TeamParams,
  response: Team,
});

export const updateTeamOp = defineOperation({
  id: 'updateTeam',
  method: 'PATCH',
  path: '/organizations/{orgId}/teams/{teamId}',
  summary: 'Rename a team or change its role; with If-Match, a stale version gets 412',
  tag: 'Teams',
  access: write,
  params: TeamParams,
  body: UpdateTeamInput,
  response: Team,
  errors: [409, 412],
});

export const deleteTeamOp = defineOperation({
  id: 'deleteTeam',
  method: 'DELETE',
  path: '/organizations/{orgId}/teams/{teamId}',
  summary: 'Delete a team (its members stay in the organization)',
  tag: 'Teams',
  access: write,
  params: TeamParams,
  status: 204,
});

export const addTeamMembersOp = defineOperation({
  id: 'addTeamMembers',
  method: 'POST',
  path: '/organizations/{orgId}/teams/{teamId}/members',
  summary: 'Add members (by userId) to a team; those already in it are skipped',
  tag: 'Teams',
  access: write,
  params: TeamParams,
  body: TeamMembersInput,
  response: TeamMembersResult,
});

export const removeTeamMemberOp = defineOperation({
  id: 'removeTeamMember',
  method: 'DELETE',
  path: '/organizations/{orgId}/teams/{teamId}/members/{userId}',
  summary: 'Remove a member from a team',
  tag: 'Teams',
  access: write,
  params: TeamMemberParams,
  status: 204,
});
