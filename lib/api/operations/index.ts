import type { Operation } from '../operation';
import * as accounts from './accounts';
import * as admin from './admin';
import * as adminUsers from './admin-users';
import * as apiKeys from './api-keys';
import * as applications from './applications';
import * as attributes from './attributes';
import * as audit from './audit';
import * as auth from './auth';
import * as demoRequests from './demo-requests';
import * as departments from './departments';
import * as dev from './dev';
import * as domainJoin from './domain-join';
import * as domains from './domains';
import * as emailTemplates from './email-templates';
import { entityTypeAliases } from './entity-types';
import * as forms from './forms';
import * as imports from './imports';
import * as invitations from './invitations';
import * as me from './me';
import * as members from './members';
import * as meta from './meta';
import * as mfa from './mfa';
import * as organizations from './organizations';
import * as profile from './profile';
import * as roleRequests from './role-requests';
import * as roles from './roles';
import * as shareLinks from './share-links';
import * as ssoConnections from './sso-connections';
import * as stats from './stats';
import * as teams from './teams';
import * as unlock from './unlock';
import * as uploads from './uploads';
import * as webhooks from './webhooks';

/** Every operation of /api/v1: the OpenAPI document and the authorization tests are built from this list. */
export const operations: Operation[] = [
  auth,
  accounts,
  me,
  profile,
  departments,
  roles,
  applications,
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
  mfa,
  stats,
  roleRequests,
  audit,
  attributes,
  forms,
  shareLinks,
  uploads,
  webhooks,
  teams,
  domains,
  ssoConnections,
  domainJoin,
]
  .flatMap((m) => Object.values(m) as Operation[])
  .concat(entityTypeAliases);
