'use client';

import { Menu, MenuItem } from '@/components/ui/menu';
import type { Member } from '@/lib/schemas/member';
import { memberActions } from './member-actions';
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
  const items = memberActions(member, { can, manageable, self });
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
