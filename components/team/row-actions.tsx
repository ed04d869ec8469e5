'use client';

import { Menu, MenuItem } from '@/components/ui/menu';
import type { Member } from '@/lib/schemas/member';
import type { MemberActionKind, TeamPermissions } from './types';

/** A small menu of what the caller may do to this member; nothing is shown that would be refused. */
export function RowActions({
  member,
  describedBy,
  can,
  manageable,
  self,
  onAction,
}: {
  member: Member;
  describedBy: string;
  can: TeamPermissions;
  manageable: boolean;
  self: boolean;
  onAction: (kind: MemberActionKind, member: Member) => void;
}) {
  const items: { kind: MemberActionKind; label: string; danger?: boolean }[] = [];
  if (can.update && manageable) items.push({ kind: 'edit', label: 'Edit' });
  if (can.update) items.push({ kind: 'reset', label: 'Reset password' });
  if (can.update && manageable && !self && member.mfaEnabled)
    items.push({ kind: 'mfa-reset', label: 'Reset two-factor' });
  if (can.deactivate && manageable && !self) {
    items.push(
      member.status === 'active'
        ? { kind: 'deactivate', label: 'Deactivate' }
        : { kind: 'activate', label: 'Activate' },
    );
  }
  if (can.remove && manageable) items.push({ kind: 'remove', label: 'Remove', danger: true });
  if (items.length === 0) return null;
  return (
    <Menu label="Actions" describedBy={describedBy}>
      {items.map((item) => (
        <MenuItem key={item.kind} danger={item.danger} onSelect={() => onAction(item.kind, member)}>
          {item.label}
        </MenuItem>
      ))}
    </Menu>
  );
}
