'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { apiRequest } from '@/components/account/api';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { TextField } from '@/components/ui/text-field';
import { CreateDemoRequestInput, type CreateDemoRequestResult } from '@/lib/schemas/demo-request';
import { applyServerErrors } from '@/lib/ui/server-errors';

type Values = z.input<typeof CreateDemoRequestInput>;
const fieldNames = ['firstName', 'lastName', 'email', 'phone', 'jobTitle', 'company', 'message', 'consent'] as const;

export function RequestDemoForm() {
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(CreateDemoRequestInput),
    defaultValues: {
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      jobTitle: '',
      company: '',
      message: '',
      website: '',
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setError(undefined);
    const res = await apiRequest<CreateDemoRequestResult>('POST', '/demo-requests', values);
    if (res.ok) return setDone(true);
    if (res.status === 429) return setError('Too many requests from your network. Try again in an hour.');
    setError(applyServerErrors(res.error, fieldNames, setFieldError));
  });

  if (done) {
    return (
      <Alert tone="info" title="Thank you!">
        <span data-testid="demo-request-done">
          We received your request and will contact you soon to book the demo.
        </span>
      </Alert>
    );
  }

  const consentError = errors.consent?.message;
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="firstName"
          label="First name"
          autoComplete="given-name"
          registration={register('firstName')}
          error={errors.firstName?.message}
        />
        <TextField
          id="lastName"
          label="Last name"
          autoComplete="family-name"
          registration={register('lastName')}
          error={errors.lastName?.message}
        />
      </div>
      <TextField
        id="email"
        label="Work e-mail"
        type="email"
        autoComplete="email"
        registration={register('email')}
        error={errors.email?.message}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="phone"
          label="Phone (optional)"
          type="tel"
          autoComplete="tel"
          hint="International format, e.g. +14155550123"
          registration={register('phone')}
          error={errors.phone?.message}
        />
        <TextField
          id="jobTitle"
          label="Job title (optional)"
          autoComplete="organization-title"
          registration={register('jobTitle')}
          error={errors.jobTitle?.message}
        />
      </div>
      <TextField
        id="company"
        label="Company"
        autoComplete="organization"
        registration={register('company')}
        error={errors.company?.message}
      />
      <Field id="message" label="Message (optional)" error={errors.message?.message}>
        <Textarea
          id="message"
          rows={4}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={describedBy('message', { error: !!errors.message })}
          {...register('message')}
        />
      </Field>
      {/* The honeypot: off-screen and out of the tab order, so only bots fill it in. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Website</label>
        <input id="website" type="text" tabIndex={-1} autoComplete="off" {...register('website')} />
      </div>
      <div className="space-y-1.5">
        <div className="flex items-start gap-2">
          <input
            id="consent"
            type="checkbox"
            className="mt-0.5 size-4 rounded border-zinc-300"
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? 'consent-error' : undefined}
            {...register('consent')}
          />
          <label htmlFor="consent" className="text-sm text-zinc-800">
            I agree to be contacted about this demo and to the processing of these details for that purpose
          </label>
        </div>
        {consentError ? (
          <p id="consent-error" role="alert" className="text-xs font-medium text-red-600">
            {consentError}
          </p>
        ) : null}
      </div>
      <Button type="submit" variant="primary" className="w-full" pending={isSubmitting}>
        {isSubmitting ? 'Sending…' : 'Request a demo'}
      </Button>
    </form>
  );
}
