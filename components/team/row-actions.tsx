'use client';

import { useRef } from 'react';
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
  const ref = useRef<HTMLDetailsElement>(null);
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
    <details ref={ref} className="relative inline-block text-left">
      <summary
        aria-describedby={describedBy}
        className="cursor-pointer list-none rounded-md px-2.5 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100"
      >
        Actions
      </summary>
      <div className="absolute right-0 z-10 mt-1 flex w-44 flex-col rounded-md border border-zinc-200 bg-white py-1 shadow-lg">
        {items.map((item) => (
          <button
            key={item.kind}
            type="button"
            className={
              item.danger
                ? 'px-3 py-1.5 text-left text-sm text-red-700 hover:bg-red-50'
                : 'px-3 py-1.5 text-left text-sm text-zinc-800 hover:bg-zinc-100'
            }
            onClick={() => {
              if (ref.current) ref.current.open = false;
              onAction(item.kind, member);
            }}
          >
            {item.label}
          </button>
        ))}
      </div>
    </details>
  );
}
