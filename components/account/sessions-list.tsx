'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import type { SessionItem } from '@/lib/schemas/account';
import { apiRequest } from './api';
import { describeUserAgent } from './user-agent';

const factorNames = { totp: 'an authenticator code', passkey: 'a passkey', recovery_code: 'a recovery code' } as const;

/** The signed-in person's live sessions, each with a way to sign it out, and how each signed in. */
export function SessionsList({ sessions }: { sessions: SessionItem[] }) {
  const router = useRouter();
  const [pending, setPending] = useState<string>();
  const [error, setError] = useState<string>();
  const others = sessions.filter((s) => !s.current);

  async function revoke(key: string, path: string) {
    setPending(key);
    setError(undefined);
    const res = await apiRequest('DELETE', path);
    setPending(undefined);
    if (!res.ok) setError(res.error.message);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <ul className="divide-y divide-zinc-100 rounded-lg border border-zinc-200" aria-label="Active sessions">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0 space-y-0.5">
              <p className="font-medium text-zinc-900">
                {describeUserAgent(s.userAgent)}
                <span className="ml-2 text-xs font-normal text-zinc-500">
                  {s.kind === 'api' ? 'API token' : 'Browser'}
                </span>
                {s.current ? (
                  <span className="ml-2 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-700">
                    This session
                  </span>
                ) : null}
              </p>
              <p className="text-xs text-zinc-500">
                {s.ip ? `${s.ip} · ` : ''}Last active <DateTime value={s.lastActiveAt} format="full" /> · Signed in{' '}
                <DateTime value={s.createdAt} format="full" />
                {s.secondFactor ? ` with ${factorNames[s.secondFactor.method]}` : ' with a password only'}
              </p>
            </div>
            {s.current ? null : (
              <Button
                size="sm"
                variant="secondary"
                pending={pending === s.id}
                disabled={pending !== undefined}
                onClick={() => revoke(s.id, `/me/sessions/${encodeURIComponent(s.id)}`)}
                aria-label={`Sign out ${describeUserAgent(s.userAgent)}${s.ip ? ` (${s.ip})` : ''}`}
              >
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 ? (
        <Button
          variant="danger"
          pending={pending === 'others'}
          disabled={pending !== undefined}
          onClick={() => revoke('others', '/me/sessions')}
        >
          Sign out everywhere else
        </Button>
      ) : (
        <p className="text-zinc-600">You are not signed in anywhere else.</p>
      )}
    </div>
  );
}
