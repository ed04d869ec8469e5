import 'server-only';
import type { Application, MemberGrant } from '@/lib/schemas/application';
import { conflict } from '@/lib/server/errors';

export const applicationSelect = {
  id: true,
  name: true,
  owner: true,
  type: true,
  description: true,
  accessLevels: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { grants: true } },
} as const;

export function toApplication(row: {
  id: string;
  name: string;
  owner: string;
  type: string;
  description: string;
  accessLevels: string[];
  createdAt: Date;
  updatedAt: Date;
  _count: { grants: number };
}): Application {
  return {
    id: row.id,
    name: row.name,
    owner: row.owner,
    type: row.type,
    description: row.description,
    accessLevels: row.accessLevels,
    grantCount: row._count.grants,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps of an application. */
export const appSnapshot = (a: {
  name: string;
  owner: string;
  type: string;
  description: string;
  accessLevels: string[];
}) => ({
  name: a.name,
  owner: a.owner,
  type: a.type,
  description: a.description,
  accessLevels: a.accessLevels,
});

export const memberGrantSelect = {
  accessLevel: true,
  createdAt: true,
  updatedAt: true,
  application: { select: { id: true, name: true, owner: true, type: true, accessLevels: true } },
} as const;

export function toMemberGrant(row: {
  accessLevel: string;
  createdAt: Date;
  updatedAt: Date;
  application: { id: string; name: string; owner: string; type: string; accessLevels: string[] };
}): MemberGrant {
  return {
    appId: row.application.id,
    appName: row.application.name,
    appOwner: row.application.owner,
    appType: row.application.type,
    accessLevel: row.accessLevel,
    accessLevels: row.application.accessLevels,
    grantedAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const duplicateName = () =>
  conflict('An application with this name already exists', {
    name: ['An application with this name already exists'],
  });
