import { grantMemberApplicationsOp, listApplicationsOp } from '@/lib/api/operations/applications';
import 'server-only';
import type { Member } from '@/lib/schemas/member';
import { can, type OrgContext } from '@/lib/server/guard';
import { applicationChoices } from '@/lib/services/applications/list-applications';
import { listMemberGrants } from '@/lib/services/applications/list-member-grants';
import { MemberGrantsEditor } from './member-grants-editor';

const SHOWN = 100;

/** The member page's "Applications" card: what they may use, and (with applications.grant) add / change / remove. */
export async function MemberGrants({ ctx, member }: { ctx: OrgContext; member: Member }) {
  if (!can(ctx, listApplicationsOp)) return null;
  const canGrant = can(ctx, grantMemberApplicationsOp);
  const [grants, choices] = await Promise.all([
    listMemberGrants(ctx, member.userId, { page: 1, pageSize: SHOWN, sort: 'appName' }),
    canGrant ? applicationChoices(ctx) : Promise.resolve([]),
  ]);
  return (
    <MemberGrantsEditor
      orgSlug={ctx.org.slug}
      member={{
        userId: member.userId,
        name: `${member.firstName} ${member.lastName}`.trim() || member.email,
        active: member.status === 'active',
      }}
      grants={grants.data}
      total={grants.total}
      choices={choices}
      canGrant={canGrant}
    />
  );
}
