'use client';

import { useState } from 'react';
import { updateRoleAction } from '@/app/o/[orgSlug]/roles/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import type { Role, VersionedRole } from '@/lib/schemas/role';
import { DeleteRoleDialog } from './delete-role-dialog';
import {
  type Caller,
  type CatalogModule,
  canAssign,
  cellLock,
  sameSet,
  setPermission,
  toggleModule,
} from './matrix-state';
import { PermissionMatrix } from './permission-matrix';
import { RoleFormDialog } from './role-form-dialog';

type Feedback = { tone: 'info' | 'error'; text: string } | null;

export function RolesView({
  orgSlug,
  roles,
  catalog,
  caller,
}: {
  orgSlug: string;
  roles: VersionedRole[];
  catalog: CatalogModule[];
  caller: Caller;
}) {
  // Unsaved permission changes, by role id.
  const [drafts, setDrafts] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [saving, setSaving] = useState(false);
  const [editing, setEditing] = useState<{ role: VersionedRole | null } | null>(null);
  const [deleting, setDeleting] = useState<Role | null>(null);

  const permissionsOf = (role: Role) => drafts[role.id] ?? role.permissions;
  const changed = roles.filter((r) => !sameSet(permissionsOf(r), r.permissions));
  const setDraft = (role: Role, permissions: string[]) => setDrafts((d) => ({ ...d, [role.id]: permissions }));
  const done = (text: string) => {
    setEditing(null);
    setDeleting(null);
    setFeedback({ tone: 'info', text });
  };

  async function save() {
    setSaving(true);
    setFeedback(null);
    const saved: string[] = [];
    const failed: string[] = [];
    const left: Record<string, string[]> = {};
    for (const role of changed) {
      const permissions = permissionsOf(role);
      const result = await updateRoleAction(orgSlug, role.id, { permissions }, role.version);
      if (result.ok) saved.push(role.name);
      else {
        failed.push(`${role.name}: ${result.error.message}`);
        left[role.id] = permissions;
      }
    }
    setDrafts(left);
    setSaving(false);
    setFeedback(
      failed.length > 0
        ? { tone: 'error', text: `Not saved. ${failed.join(' ')}` }
        : { tone: 'info', text: `Saved the permissions of ${saved.join(', ')}.` },
    );
  }

  const newRole = caller.canWrite ? (
    <Button variant="primary" onClick={() => setEditing({ role: null })}>
      New role
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title="Roles"
        description="What each role may do. Changes apply to every member with the role on their next request."
        actions={newRole}
      />
      <div className="space-y-4">
        {caller.canWrite ? null : (
          <Alert tone="info">
            You can see roles but not change them: that needs the permission <code>roles.write</code>.
          </Alert>
        )}
        {feedback ? <Alert tone={feedback.tone}>{feedback.text}</Alert> : null}
        <PermissionMatrix
          orgSlug={orgSlug}
          roles={roles}
          catalog={catalog}
          caller={caller}
          permissionsOf={permissionsOf}
          onToggle={(role, permission, on) => setDraft(role, setPermission(permissionsOf(role), permission, on))}
          onToggleModule={(role, module) =>
            setDraft(
              role,
              toggleModule(
                permissionsOf(role),
                module.permissions.map((p) => p.key),
                (p) => cellLock(role, p, caller) === null,
              ),
            )
          }
          onEdit={(role) => setEditing({ role: roles.find((r) => r.id === role.id) ?? null })}
          onDelete={setDeleting}
        />
        {changed.length > 0 ? (
          <section
            aria-label="Unsaved changes"
            className="sticky bottom-0 z-30 flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm shadow-md sm:flex-row sm:items-center sm:justify-between"
          >
            <p className="text-amber-900">Unsaved changes to {changed.map((r) => r.name).join(', ')}.</p>
            <div className="flex gap-2">
              <Button size="sm" onClick={() => setDrafts({})} disabled={saving}>
                Discard
              </Button>
              <Button size="sm" variant="primary" onClick={() => void save()} pending={saving}>
                Save changes
              </Button>
            </div>
          </section>
        ) : null}
      </div>
      <UnsavedChangesGuard dirty={changed.length > 0} />
      {caller.canWrite ? (
        <>
          <RoleFormDialog
            orgSlug={orgSlug}
            open={editing !== null}
            role={editing?.role ?? null}
            onClose={() => setEditing(null)}
            onDone={done}
          />
          <DeleteRoleDialog
            orgSlug={orgSlug}
            role={deleting}
            replacements={roles.filter((r) => canAssign(r, caller))}
            onClose={() => setDeleting(null)}
            onDone={done}
          />
        </>
      ) : null}
    </>
  );
}
