import { z } from 'zod';

export const OrgStats = z.object({
  members: z.object({ active: z.number().int(), deactivated: z.number().int() }),
  pendingInvitations: z.number().int(),
  departments: z.number().int(),
  roles: z.number().int(),
  /** One entry per department (largest first), then `departmentId: null` for members without one. */
  membersPerDepartment: z.array(
    z.object({ departmentId: z.string().nullable(), name: z.string(), count: z.number().int() }),
  ),
  /** The last 12 weeks (Monday 00:00 UTC), oldest first, including weeks without joins. */
  joinsPerWeek: z.array(z.object({ weekStart: z.string(), count: z.number().int() })),
  recentActivity: z
    .array(
      z.object({
        action: z.string(),
        actorLabel: z.string(),
        targetType: z.string(),
        targetId: z.string().nullable(),
        createdAt: z.string(),
      }),
    )
    .describe('The latest audit events; empty unless the caller has audit.read.'),
});
export type OrgStats = z.infer<typeof OrgStats>;
