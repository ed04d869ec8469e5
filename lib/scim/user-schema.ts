import { Prisma } from '@/lib/generated/prisma/client';
import type { Schema } from './filter-sql';

const { sql, raw } = Prisma;

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const email = { type: 'string', expr: raw('m.sort_email') } as const;
const teamOf = (value: string) =>
  sql`EXISTS (SELECT 1 FROM team_members tm WHERE tm.membership_id = m.id AND tm.team_id = ${value})`;

/**
 * Users' filterable attributes over `memberships m JOIN users u` (lib/scim/users.ts). userName and
 * displayName use the lower-cased copies on memberships and their indexes (btree for eq/sw and sorting,
 * trigram for co/ew: migration 20261203150000_teams_scim).
 */
export const userSchema: Schema = {
  schemas: { [USER_SCHEMA.toLowerCase()]: '', [ENTERPRISE_SCHEMA.toLowerCase()]: 'enterprise:' },
  multi: ['emails', 'phonenumbers', 'groups'],
  attrs: {
    id: { type: 'string', expr: raw('m.user_id'), caseExact: true },
    externalid: { type: 'string', expr: raw('m.external_id'), caseExact: true },
    username: email,
    'emails.value': email,
    'emails.type': { type: 'string', expr: raw(`'work'::text`) },
    'emails.primary': { type: 'boolean', expr: raw('true') },
    displayname: { type: 'string', expr: raw('m.sort_name') },
    'name.formatted': { type: 'string', expr: raw('m.sort_name') },
    'name.givenname': { type: 'string', expr: raw('lower(u.first_name)') },
    'name.familyname': { type: 'string', expr: raw('lower(u.last_name)') },
    title: { type: 'string', expr: raw('lower(u.job_title)') },
    'phonenumbers.value': { type: 'string', expr: raw('u.phone') },
    active: { type: 'boolean', expr: raw(`(m.status = 'active')`) },
    'enterprise:department': {
      type: 'string',
      expr: raw('(SELECT lower(d.name::text) FROM departments d WHERE d.id = m.department_id)'),
    },
    'groups.value': {
      type: 'reference',
      exists: teamOf,
      any: raw('SELECT 1 FROM team_members tm WHERE tm.membership_id = m.id'),
    },
    'meta.created': { type: 'dateTime', expr: raw('m.joined_at') },
    'meta.lastmodified': { type: 'dateTime', expr: raw('GREATEST(m.updated_at, u.updated_at)') },
  },
};

/** sortBy: only what an index walks. */
export const userSorts: Record<string, Prisma.Sql> = {
  id: raw('m.user_id'),
  username: raw('m.sort_email'),
  'emails.value': raw('m.sort_email'),
  displayname: raw('m.sort_name'),
  'name.formatted': raw('m.sort_name'),
  'meta.created': raw('m.joined_at'),
};
