import Link from 'next/link';
import type { ReactNode } from 'react';
import { AuthCard } from '@/components/auth/auth-card';
import { buttonClasses } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import { signInUrl } from '@/lib/ui/callback-url';
import { JoinButton } from './join-button';
import { NewUserForm } from './new-user-form';
import { SwitchAccountButton } from './switch-account-button';

type Org = { name: string; slug: string; logoUrl: string | null };
type Open = { token: string; email: string; org: Org; role: string };

/** Everything /invite/[token] can show: each state a plain page with what to do next, never an error page. */
export type InviteView =
  | { kind: 'rate_limited' | 'invalid' }
  | { kind: 'revoked' | 'accepted'; org: Org }
  | { kind: 'expired'; org: Org; email: string; expiresAt: string }
  | ({ kind: 'new-user'; defaults: { firstName: string; lastName: string } } & Open)
  | ({ kind: 'sign-in' | 'join' } & Open)
  | ({ kind: 'wrong-account'; signedInAs: string } & Open);

const brandOf = (org?: Org) => (org?.logoUrl ? { name: org.name, logoUrl: org.logoUrl } : undefined);

const strong = (text: string) => <strong className="font-medium text-zinc-900">{text}</strong>;

function Outcome({
  title,
  org,
  children,
  action,
}: {
  title: string;
  org?: Org;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <AuthCard title={title} brand={brandOf(org)}>
      <div className="space-y-4">
        <div className="space-y-2 text-zinc-600">{children}</div>
        {action}
      </div>
    </AuthCard>
  );
}

const signInLink = (callbackUrl: string, label = 'Sign in') => (
  <Link href={signInUrl(callbackUrl)} className={buttonClasses('primary', 'md', 'w-full')}>
    {label}
  </Link>
);

export function InvitationView({ view }: { view: InviteView }) {
  switch (view.kind) {
    case 'rate_limited':
      return (
        <Outcome title="Too many attempts">
          <p>This address has checked too many invitation links. Wait a while, then open the link again.</p>
        </Outcome>
      );
    case 'invalid':
      return (
        <Outcome title="This invitation link is not valid" action={signInLink('/', 'Go to sign in')}>
          <p>The link may be incomplete, or the invitation was sent again: only the link in the newest e-mail works.</p>
          <p>Open the latest invitation e-mail, or ask the person who invited you to send a new one.</p>
        </Outcome>
      );
    case 'revoked':
      return (
        <Outcome title="This invitation was withdrawn" org={view.org}>
          <p>{strong(view.org.name)} revoked this invitation, so its link no longer works.</p>
          <p>If you still need access, ask them to invite you again.</p>
        </Outcome>
      );
    case 'accepted':
      return (
        <Outcome title="This invitation was already used" org={view.org} action={signInLink(`/o/${view.org.slug}`)}>
          <p>It was accepted, and each invitation link works only once. Sign in to open {strong(view.org.name)}.</p>
        </Outcome>
      );
    case 'expired':
      return (
        <Outcome title="This invitation has expired" org={view.org}>
          <p>
            The invitation of {strong(view.email)} to {strong(view.org.name)} expired on{' '}
            <DateTime value={view.expiresAt} format="full" />.
          </p>
          <p>Ask the person who invited you to resend it: you will get an e-mail with a new link.</p>
        </Outcome>
      );
    case 'new-user':
      return (
        <AuthCard
          title={`Join ${view.org.name}`}
          description={`You were invited as ${view.role}. Create your account.`}
          brand={brandOf(view.org)}
        >
          <NewUserForm token={view.token} email={view.email} org={view.org} defaults={view.defaults} />
        </AuthCard>
      );
    case 'sign-in':
      return (
        <Outcome
          title={`Join ${view.org.name}`}
          org={view.org}
          action={signInLink(`/invite/${view.token}`, 'Sign in to accept')}
        >
          <p>
            You were invited as {view.role}. {strong(view.email)} already has an account: sign in with it to accept.
          </p>
        </Outcome>
      );
    case 'join':
      return (
        <Outcome
          title={`Join ${view.org.name}`}
          org={view.org}
          action={<JoinButton token={view.token} org={view.org} />}
        >
          <p>
            You were invited to join {strong(view.org.name)} as {view.role}.
          </p>
        </Outcome>
      );
    case 'wrong-account':
      return (
        <Outcome
          title="This invitation is for someone else"
          org={view.org}
          action={
            <div className="space-y-2">
              <SwitchAccountButton token={view.token} />
              <Link href="/" className={buttonClasses('secondary', 'md', 'w-full')}>
                Keep me signed in
              </Link>
            </div>
          }
        >
          <p>
            You are signed in as {strong(view.signedInAs)}, but this invitation to {strong(view.org.name)} is for{' '}
            {strong(view.email)}.
          </p>
          <p>Sign out, and the link opens again so that you can accept it as {view.email}.</p>
        </Outcome>
      );
  }
}
