'use client';

import { useState } from 'react';
import { resetEmailTemplateAction } from '@/app/o/[orgSlug]/settings/emails/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import type { EmailTemplate } from '@/lib/schemas/email-template';

/** Asks before dropping the org's version of a template. */
export function ResetTemplateDialog({
  orgSlug,
  code,
  open,
  onClose,
  onReset,
}: {
  orgSlug: string;
  code: string;
  open: boolean;
  onClose: () => void;
  onReset: (template: EmailTemplate) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Reset to default"
      description={
        <p>
          Replace your organization&apos;s <span className="font-mono">{code}</span> template with the platform default?
          Your subject and body, and any unsaved changes, are lost.
        </p>
      }
    >
      <ResetForm orgSlug={orgSlug} code={code} onCancel={onClose} onReset={onReset} />
    </Dialog>
  );
}

function ResetForm({
  orgSlug,
  code,
  onCancel,
  onReset,
}: {
  orgSlug: string;
  code: string;
  onCancel: () => void;
  onReset: (template: EmailTemplate) => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  async function confirm() {
    setPending(true);
    setError(undefined);
    const result = await resetEmailTemplateAction(orgSlug, code);
    setPending(false);
    if (result.ok) onReset(result.data);
    else setError(result.error.message);
  }
  return (
    <div className="space-y-4">
      {error ? <Alert>{error}</Alert> : null}
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button variant="danger" pending={pending} onClick={() => void confirm()}>
          Reset
        </Button>
      </DialogActions>
    </div>
  );
}
