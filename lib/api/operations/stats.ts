import { OrgParams } from '@/lib/schemas/role';
import { OrgStats } from '@/lib/schemas/stats';
import { defineOperation } from '../operation';

export const getOrgStatsOp = defineOperation({
  id: 'getOrgStats',
  method: 'GET',
  path: '/organizations/{orgId}/stats',
  summary:
    'Dashboard figures: members by status, pending invitations, departments, roles, active members per ' +
    'department, joins per week (12 weeks), the last 10 audit entries',
  tag: 'Organizations',
  access: { permission: 'org.read' },
  params: OrgParams,
  response: OrgStats,
});
