import type { Operation } from '../operation';
import * as accounts from './accounts';
import * as admin from './admin';
import * as adminUsers from './admin-users';
import * as apiKeys from './api-keys';
import * as auth from './auth';
import * as demoRequests from './demo-requests';
import * as departments from './departments';
import * as dev from './dev';
import * as emailTemplates from './email-templates';
import * as imports from './imports';
import * as invitations from './invitations';
import * as me from './me';
import * as members from './members';
import * as meta from './meta';
import * as organizations from './organizations';
import * as profile from './profile';
import * as stats from './stats';
import * as unlock from './unlock';

/** Every operation of /api/v1: the OpenAPI document and the authorization tests are built from this list. */
export const operations: Operation[] = [
  auth,
  accounts,
  me,
  profile,
  departments,
  invitations,
  meta,
  apiKeys,
  emailTemplates,
  imports,
  dev,
  unlock,
  organizations,
  demoRequests,
  admin,
  adminUsers,
  members,
  stats,
].flatMap((m) => Object.values(m) as Operation[]);
