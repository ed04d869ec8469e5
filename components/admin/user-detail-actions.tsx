'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { PlatformUserDetail } from '@/lib/schemas/admin-user';
import { type UserAction, UserActionDialog } from './user-action-dialog';

/** Deactivate or activate, and delete, on a platform user's page; after a delete, back to the list. */
export function UserDetailActions({ user, self }: { user: PlatformUserDetail; self: boolean }) {
  const router = useRouter();
  const [action, setAction] = useState<UserAction | null>(null);
  if (self) return <p className="text-sm text-zinc-600">This is your account.</p>;
  const deactivated = user.status === 'deactivated';
  return (
    <div className="flex flex-wrap gap-2">
      <Button onClick={() => setAction(deactivated ? 'activate' : 'deactivate')}>
        {deactivated ? 'Activate' : 'Deactivate'}
      </Button>
      <Button variant="danger" onClick={() => setAction('delete')}>
        Delete
      </Button>
      <UserActionDialog
        target={action ? { user, action } : null}
        onDone={(succeeded) => {
          if (succeeded && action === 'delete') router.push('/admin/users');
          setAction(null);
        }}
      />
    </div>
  );
}
