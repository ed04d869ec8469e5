'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { updateDemoRequestAction } from '@/app/admin/demo-requests/actions';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { DateTime } from '@/components/ui/date-time';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { DEMO_DATE_REQUIRED, type DemoRequest, PipelineStatus, pipelineStatuses } from '@/lib/schemas/demo-request';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { fromLocalInput, toLocalInput } from './local-date';
import { StatusBadge, statusLabels } from './status-badge';

/** The form's values: the demo date as the browser's local date and time, converted on submit. */
const PipelineForm = z
  .object({
    // Absent for a converted request, whose status is no longer the superadmin's to change.
    status: PipelineStatus.optional(),
    demoDate: z.string(),
    feedback: z.string().max(2000, 'Feedback must be at most 2000 characters'),
    notes: z.string().max(5000, 'Notes must be at most 5000 characters'),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'scheduled' && !value.demoDate) {
      ctx.addIssue({ code: 'custom', path: ['demoDate'], message: DEMO_DATE_REQUIRED });
    }
  });
type Values = z.infer<typeof PipelineForm>;
const fieldNames = ['status', 'demoDate', 'feedback', 'notes'] as const;

/** Where "Convert to organization" goes: the onboarding wizard, prefilled from the request. */
export function convertHref(request: DemoRequest): string {
  const params = new URLSearchParams({
    name: request.company,
    adminEmail: request.email,
    adminFirstName: request.firstName,
    adminLastName: request.lastName,
    adminJobTitle: request.jobTitle ?? '',
    adminPhone: request.phone ?? '',
    demoRequestId: request.id,
  });
  return `/admin/organizations/new?${params}`;
}

export function DemoRequestDialog({ request, onClose }: { request: DemoRequest | null; onClose: () => void }) {
  return (
    <Dialog
      open={request !== null}
      onClose={onClose}
      title={request ? `${request.firstName} ${request.lastName}` : 'Demo request'}
      description={request ? `${request.company} · requested a demo` : undefined}
      className="max-w-2xl"
    >
      {request ? <Details request={request} onDone={onClose} /> : null}
    </Dialog>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2">
      <dt className="text-zinc-500">{label}</dt>
      <dd className="col-span-2 break-words text-zinc-900">{children || <span className="text-zinc-500">—</span>}</dd>
    </div>
  );
}

function Details({ request, onDone }: { request: DemoRequest; onDone: () => void }) {
  return (
    <div className="space-y-5">
      <dl className="space-y-1.5 text-sm">
        <Row label="E-mail">
          <a href={`mailto:${request.email}`} className="text-indigo-700 hover:underline">
            {request.email}
          </a>
        </Row>
        <Row label="Phone">{request.phone}</Row>
        <Row label="Job title">{request.jobTitle}</Row>
        <Row label="Company">{request.company}</Row>
        <Row label="Requested">
          <DateTime value={request.createdAt} format="full" />
        </Row>
        <Row label="Status">
          <StatusBadge status={request.status} />
        </Row>
        <Row label="Message">{request.message ? <p className="whitespace-pre-wrap">{request.message}</p> : null}</Row>
      </dl>
      {request.status !== 'converted' && request.status !== 'cancelled' ? (
        <Link href={convertHref(request)} className={buttonClasses('secondary', 'sm')}>
          Convert to organization
        </Link>
      ) : null}
      {request.status === 'converted' ? <Converted request={request} /> : null}
      <PipelineFields request={request} onDone={onDone} />
    </div>
  );
}

function Converted({ request }: { request: DemoRequest }) {
  return (
    <p className="text-sm text-zinc-700">
      Converted into an organization
      {request.convertedAt ? (
        <>
          {' '}
          on <DateTime value={request.convertedAt} format="full" />
        </>
      ) : null}
      {request.convertedOrganizationId ? (
        <>
          :{' '}
          <Link href={`/admin/organizations/${request.convertedOrganizationId}`} className="text-indigo-700 underline">
            open it
          </Link>
        </>
      ) : (
        ' (since deleted).'
      )}
    </p>
  );
}

function PipelineFields({ request, onDone }: { request: DemoRequest; onDone: () => void }) {
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(PipelineForm),
    defaultValues: {
      status: request.status === 'converted' ? undefined : request.status,
      demoDate: toLocalInput(request.demoDate),
      feedback: request.feedback ?? '',
      notes: request.notes ?? '',
    },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await updateDemoRequestAction(request.id, { ...values, demoDate: fromLocalInput(values.demoDate) });
    if (result.ok) return onDone();
    setFormError(applyServerErrors(result.error, fieldNames, setError));
  });
  const ids = { status: 'dr-status', demoDate: 'dr-demo-date', feedback: 'dr-feedback', notes: 'dr-notes' };

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4 border-t border-zinc-200 pt-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {request.status === 'converted' ? null : (
          <Field id={ids.status} label="Status" error={errors.status?.message}>
            <Select
              id={ids.status}
              aria-invalid={errors.status ? true : undefined}
              aria-describedby={describedBy(ids.status, { error: !!errors.status })}
              {...register('status')}
            >
              {pipelineStatuses.map((s) => (
                <option key={s} value={s}>
                  {statusLabels[s]}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field
          id={ids.demoDate}
          label="Demo date"
          hint="Your local time. Required when scheduled."
          error={errors.demoDate?.message}
        >
          <Input
            id={ids.demoDate}
            type="datetime-local"
            aria-invalid={errors.demoDate ? true : undefined}
            aria-describedby={describedBy(ids.demoDate, { hint: true, error: !!errors.demoDate })}
            {...register('demoDate')}
          />
        </Field>
      </div>
      <Field
        id={ids.feedback}
        label="Feedback"
        hint="What the prospect said after the demo."
        error={errors.feedback?.message}
      >
        <Textarea
          id={ids.feedback}
          rows={3}
          aria-invalid={errors.feedback ? true : undefined}
          aria-describedby={describedBy(ids.feedback, { hint: true, error: !!errors.feedback })}
          {...register('feedback')}
        />
      </Field>
      <Field id={ids.notes} label="Internal notes" error={errors.notes?.message}>
        <Textarea
          id={ids.notes}
          rows={3}
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={describedBy(ids.notes, { error: !!errors.notes })}
          {...register('notes')}
        />
      </Field>
      <DialogActions>
        <Button onClick={onDone} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={formState.isSubmitting}>
          Save
        </Button>
      </DialogActions>
    </form>
  );
}
