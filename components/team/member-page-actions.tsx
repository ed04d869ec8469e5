'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { AttributeFieldDef } from '@/components/attributes/attribute-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { Member } from '@/lib/schemas/member';
import { type Confirmable, ConfirmMemberDialog } from './confirm-member-dialog';
import { EditMemberDialog } from './edit-member-dialog';
import { memberActions } from './member-actions';
import type { DepartmentChoice, MemberPermissions, RoleChoice } from './types';

/** Which edit form is open: every field, or only the role or the department. */
type Editing = { only?: 'roleId' | 'departmentId' };

/**
 * The member page's buttons: what the team table's row menu offers for this member (but removing them,
 * which leaves the page), with the same dialogs; plus role and department on their own. After each,
 * a message says what happened and the page's data is read again.
 */
export function MemberPageActions({
  orgSlug,
  member,
  roles,
  departments,
  attributes,
  can,
  manageable,
  self,
}: {
  orgSlug: string;
  member: Member;
  roles: RoleChoice[];
  departments: DepartmentChoice[];
  attributes: AttributeFieldDef[];
  can: MemberPermissions;
  manageable: boolean;
  self: boolean;
}) {
  const router = useRouter();
  const [editing, setEditing] = useState<Editing | null>(null);
  // Kept while the dialog closes, so that its title does not change on the way out.
  const [only, setOnly] = useState<Editing['only']>();
  const [confirming, setConfirming] = useState<Confirmable | null>(null);
  const [notice, setNotice] = useState<string>();
  const actions = memberActions(member, { can, manageable, self }).filter((a) => a.kind !== 'remove');
  const finish = (message?: string) => {
    if (!message) return;
    setNotice(message);
    router.refresh();
  };
  if (actions.length === 0) return null;
  const toggle = (kind: string) => kind === 'deactivate' || kind === 'activate';

  return (
    <div className="mb-6 space-y-3">
      <div className="flex flex-wrap gap-2">
        {actions.map((action) =>
          action.kind === 'edit' ? (
            <EditButtons
              key="edit"
              onEdit={(what) => {
                setOnly(what.only);
                setEditing(what);
              }}
            />
          ) : (
            <Button
              // Deactivate and Activate are one button whose label follows the status, so focus stays on it.
              key={toggle(action.kind) ? 'status' : action.kind}
              className={action.kind === 'deactivate' ? 'text-red-700' : undefined}
              onClick={() => {
                if (action.kind !== 'edit' && action.kind !== 'remove') setConfirming({ kind: action.kind, member });
              }}
            >
              {action.label}
            </Button>
          ),
        )}
      </div>
      {notice ? (
        <Alert tone="info" className="flex items-start justify-between gap-2">
          {notice}{' '}
          <button type="button" className="ml-2 underline" onClick={() => setNotice(undefined)}>
            Dismiss
          </button>
        </Alert>
      ) : null}
      <EditMemberDialog
        orgSlug={orgSlug}
        member={editing ? member : null}
        only={only}
        roles={roles}
        departments={departments}
        attributes={attributes}
        onClose={(message) => {
          setEditing(null);
          finish(message);
        }}
      />
      <ConfirmMemberDialog
        orgSlug={orgSlug}
        target={confirming}
        onClose={(message) => {
          setConfirming(null);
          finish(message);
        }}
      />
    </div>
  );
}

function EditButtons({ onEdit }: { onEdit: (what: Editing) => void }) {
  return (
    <>
      <Button onClick={() => onEdit({})}>Edit</Button>
      <Button onClick={() => onEdit({ only: 'roleId' })}>Change role</Button>
      <Button onClick={() => onEdit({ only: 'departmentId' })}>Change department</Button>
    </>
  );
}
