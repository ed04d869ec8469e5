'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** Signs out and comes back to the invitation, to accept it as the right person. */
export function SwitchAccountButton({ token }: { token: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="primary"
      className="w-full"
      pending={pending}
      onClick={() => {
        setPending(true);
        signOut({ callbackUrl: `/invite/${encodeURIComponent(token)}` }).catch(() => setPending(false));
      }}
    >
      Sign out
    </Button>
  );
}
