import { audit } from '@/lib/server/audit';
import type { Principal } from '@/lib/server/auth/principal';
import { newId } from '@/lib/server/auth/secrets';
import type { Tx } from '@/lib/server/db';
import { queueEmail } from '@/lib/server/mail/outbox';
import { emitEvent } from '@/lib/server/webhooks/events';
import { userVars } from '@/lib/services/accounts/actor';
import { memberPayload } from '@/lib/services/webhooks/payloads';

const roleSelect = { id: true, key: true, name: true } as const;

/** The role an org gives people who join on their own (by domain, by SSO): `roleId` if it is the org's and not owner, else member. */
export async function joiningRole(tx: Tx, orgId: string, roleId: string | null) {
  const chosen = roleId
    ? await tx.role.findFirst({
        where: { id: roleId, organizationId: orgId, NOT: { key: 'owner', builtIn: true } },
        select: roleSelect,
      })
    : null;
  return (
    chosen ??
    tx.role.findFirstOrThrow({ where: { organizationId: orgId, key: 'member', builtIn: true }, select: roleSelect })
  );
}

/**
 * A person joins an org without an invitation (domain join, a first SSO sign-in): the membership,
 * the `member_added` mail, the audit entry and `member.created`, in the caller's transaction.
 */
export async function addJoiningMember(
  tx: Tx,
  org: { id: string; slug: string; name: string },
  user: { id: string; email: string; firstName: string; lastName: string },
  roleId: string | null,
  actor: { principal: Principal | null; system?: string },
  after: Record<string, unknown>,
): Promise<void> {
  const role = await joiningRole(tx, org.id, roleId);
  await tx.membership.create({ data: { id: newId(), organizationId: org.id, userId: user.id, roleId: role.id } });
  await queueEmail(tx, {
    to: user.email,
    template: 'member_added',
    wording: { org: org.id },
    action: { path: `/o/${org.slug}` },
    vars: { ...userVars(user), 'org.name': org.name, 'inviter.name': org.name, 'role.name': role.name },
  });
  await audit(
    tx,
    { ...actor, orgId: org.id },
    {
      action: 'member.add',
      targetType: 'member',
      targetId: user.id,
      after: { email: user.email, role: role.key, ...after },
    },
  );
  await emitEvent(tx, org.id, 'member.created', () => memberPayload(tx, org.id, user.id));
}
