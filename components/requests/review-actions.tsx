'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { reviewRoleRequestAction } from '@/app/o/[orgSlug]/requests/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { NOTE_MAX, ReviewRoleRequestInput, type RoleRequestDetails } from '@/lib/schemas/role-request';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { personName } from './person-name';

type Decision = 'approved' | 'rejected';

/** Approve or reject (with a note) a pending request; the page reloads with the outcome. */
export function ReviewActions({ orgSlug, request }: { orgSlug: string; request: RoleRequestDetails }) {
  const [decision, setDecision] = useState<Decision | null>(null);
  return (
    <div className="mt-6 flex flex-wrap justify-end gap-2">
      <Button variant="danger" onClick={() => setDecision('rejected')}>
        Reject…
      </Button>
      <Button variant="primary" onClick={() => setDecision('approved')}>
        Approve…
      </Button>
      <Dialog
        open={decision !== null}
        onClose={() => setDecision(null)}
        title={decision === 'rejected' ? 'Reject the request' : 'Approve the request'}
        description={
          decision === 'rejected'
            ? `${personName(request.requester)} keeps their current role and receives your note by e-mail.`
            : `${personName(request.requester)} gets the ${request.role.name} role now and is told by e-mail.`
        }
      >
        {decision ? (
          <ReviewForm orgSlug={orgSlug} requestId={request.id} decision={decision} onDone={() => setDecision(null)} />
        ) : null}
      </Dialog>
    </div>
  );
}

function ReviewForm({
  orgSlug,
  requestId,
  decision,
  onDone,
}: {
  orgSlug: string;
  requestId: string;
  decision: Decision;
  onDone: () => void;
}) {
  const noteId = useId();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(ReviewRoleRequestInput),
    defaultValues: { status: decision, note: '' },
  });
  const error = formState.errors.note?.message;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await reviewRoleRequestAction(orgSlug, requestId, values);
    if (result.ok) {
      onDone();
      router.refresh();
      return;
    }
    setFormError(applyServerErrors(result.error, ['note'] as const, setError));
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      {formError ? <Alert>{formError}</Alert> : null}
      <Field
        id={noteId}
        label={decision === 'rejected' ? 'Note to the requester' : 'Note (optional)'}
        hint={`Sent to the requester by e-mail; up to ${NOTE_MAX.toLocaleString('en')} characters.`}
        error={error}
      >
        <Textarea
          id={noteId}
          rows={3}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(noteId, { hint: true, error: !!error })}
          {...register('note')}
        />
      </Field>
      <DialogActions>
        <Button onClick={onDone} disabled={formState.isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant={decision === 'rejected' ? 'danger' : 'primary'} pending={formState.isSubmitting}>
          {decision === 'rejected' ? 'Reject' : 'Approve'}
        </Button>
      </DialogActions>
    </form>
  );
}
