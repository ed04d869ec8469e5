'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { Button, type ButtonProps } from '@/components/ui/button';

/** Ends the session: next-auth clears the cookie and its signOut event revokes the session on the server. */
export function SignOutButton({ variant = 'ghost', size = 'sm', className }: Omit<ButtonProps, 'onClick'>) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      size={size}
      className={className}
      pending={pending}
      onClick={() => {
        setPending(true);
        signOut({ callbackUrl: '/signin' }).catch(() => setPending(false));
      }}
    >
      Sign out
    </Button>
  );
}
