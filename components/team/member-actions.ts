import type { Member } from '@/lib/schemas/member';
import type { MemberActionKind, MemberPermissions } from './types';

export interface MemberAction {
  kind: MemberActionKind;
  label: string;
  danger?: boolean;
}

/**
 * What the caller may do to this member, for the team table's row menu and the member page alike:
 * nothing is offered that the server would refuse for the caller's role (the role hierarchy included).
 */
export function memberActions(
  member: Member,
  { can, manageable, self }: { can: MemberPermissions; manageable: boolean; self: boolean },
): MemberAction[] {
  const items: MemberAction[] = [];
  if (can.update && manageable) items.push({ kind: 'edit', label: 'Edit' });
  if (can.resetPassword && (manageable || self)) items.push({ kind: 'reset', label: 'Reset password' });
  if (can.resetMfa && manageable && !self && member.mfaEnabled)
    items.push({ kind: 'mfa-reset', label: 'Reset two-factor' });
  if (can.deactivate && manageable && !self) {
    items.push(
      member.status === 'active'
        ? { kind: 'deactivate', label: 'Deactivate' }
        : { kind: 'activate', label: 'Activate' },
    );
  }
  if (can.remove && manageable) items.push({ kind: 'remove', label: 'Remove', danger: true });
  return items;
}
