'use client';

import type { FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

/**
 * Our CSP's `form-action 'self'` also covers where a form's answer redirects, and /api/sso/start
 * redirects to the identity provider: a submitted form would be stopped there. So the form
 * navigates to the same GET URL instead.
 */
function navigate(event: FormEvent<HTMLFormElement>) {
  event.preventDefault();
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(event.currentTarget)) query.set(name, String(value));
  window.location.assign(`/api/sso/start?${query}`);
}

/**
 * "Continue with SSO" to /api/sso/start, which finds the organization by the e-mail's verified
 * domain or by its slug.
 */
export function SsoStartForm({ callbackUrl }: { callbackUrl: string }) {
  return (
    <form action="/api/sso/start" method="get" onSubmit={navigate} aria-label="Single sign-on" className="space-y-3">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        id="sso-identifier"
        label="Organization or work address"
        hint="Your work e-mail address, or your organization’s short name (as in its page address). We send you to its sign-in page."
      >
        <Input
          id="sso-identifier"
          name="identifier"
          required
          maxLength={320}
          autoComplete="email"
          aria-describedby="sso-identifier-hint"
        />
      </Field>
      <Button type="submit" className="w-full">
        Continue with SSO
      </Button>
    </form>
  );
}
