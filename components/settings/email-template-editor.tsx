'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import Link from 'next/link';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { saveEmailTemplateAction } from '@/app/o/[orgSlug]/settings/emails/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { describedBy, Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import type { TemplateCode } from '@/lib/mail/templates';
import { type EmailTemplate, UpdateEmailTemplateInput } from '@/lib/schemas/email-template';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { EmailPreview } from './email-preview';
import { ResetTemplateDialog } from './reset-template-dialog';
import { type SampleContext, sampleAction, sampleValues } from './sample-values';
import { TemplateBadge } from './template-badge';
import { VariableList } from './variable-list';

type FieldName = 'subject' | 'body';
const fieldNames = ['subject', 'body'] as const;

/** Edits one template: subject and body with insertable variables, a live preview, save and reset. */
export function EmailTemplateEditor({
  orgSlug,
  template: initial,
  sample,
}: {
  orgSlug: string;
  template: EmailTemplate;
  sample: SampleContext;
}) {
  const code = initial.code as TemplateCode;
  const [template, setTemplate] = useState(initial);
  const [formError, setFormError] = useState<string>();
  const [notice, setNotice] = useState('');
  const [resetting, setResetting] = useState(false);
  const elements = useRef<Record<FieldName, HTMLInputElement | HTMLTextAreaElement | null>>({
    subject: null,
    body: null,
  });
  const lastField = useRef<FieldName>('body');
  const { register, handleSubmit, reset, setValue, setError, control, formState } = useForm({
    resolver: zodResolver(UpdateEmailTemplateInput),
    defaultValues: { subject: initial.subject, body: initial.body },
  });
  const [subject = '', body = ''] = useWatch({ control, name: ['subject', 'body'] });
  // The preview (an iframe reload per change) may lag behind fast typing.
  const previewSubject = useDeferredValue(subject);
  const previewBody = useDeferredValue(body);
  const vars = useMemo(() => sampleValues(code, template.variables, sample), [code, template.variables, sample]);
  const action = useMemo(() => sampleAction(code, sample), [code, sample]);
  const { errors, isSubmitting, isSubmitted, isDirty } = formState;

  function insert(variable: string) {
    const field = lastField.current;
    const el = elements.current[field];
    if (!el) return;
    const token = `{{${variable}}}`;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? el.value.length;
    setValue(field, el.value.slice(0, start) + token + el.value.slice(end), {
      shouldDirty: true,
      shouldValidate: isSubmitted,
    });
    setNotice(`Inserted ${token} into the ${field}.`);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + token.length, start + token.length);
    });
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setNotice('');
    const result = await saveEmailTemplateAction(orgSlug, code, values);
    if (!result.ok) {
      setFormError(applyServerErrors(result.error, fieldNames, setError));
      return;
    }
    setTemplate(result.data);
    reset({ subject: result.data.subject, body: result.data.body });
    setNotice('Template saved.');
  });

  const field = (name: FieldName) => {
    const { ref, ...rest } = register(name);
    return {
      ...rest,
      id: `template-${name}`,
      ref: (el: HTMLInputElement | HTMLTextAreaElement | null) => {
        ref(el);
        elements.current[name] = el;
      },
      onFocus: () => {
        lastField.current = name;
      },
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': describedBy(`template-${name}`, { error: !!errors[name] }),
    };
  };

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link
          href={`/o/${orgSlug}/settings/emails`}
          className="inline-block pb-1 text-sm text-indigo-700 hover:underline"
        >
          <span aria-hidden="true">← </span>All templates
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="font-mono text-base font-semibold text-zinc-900">{code}</h2>
          <TemplateBadge customized={template.customized} />
        </div>
        <p className="text-zinc-600">{template.description}</p>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label={`Edit the ${code} template`}>
          {formError ? <Alert>{formError}</Alert> : null}
          <Field id="template-subject" label="Subject" error={errors.subject?.message}>
            <Input autoComplete="off" {...field('subject')} />
          </Field>
          <Field id="template-body" label="Body" error={errors.body?.message}>
            <Textarea rows={14} className="font-mono text-xs leading-relaxed" {...field('body')} />
          </Field>
          <VariableList variables={template.variables} onInsert={insert} />
          <TemplateRules template={template} />
          <div className="flex flex-wrap items-center gap-2 pt-2">
            <Button type="submit" variant="primary" pending={isSubmitting}>
              Save template
            </Button>
            {template.customized ? (
              <Button variant="ghost" onClick={() => setResetting(true)} disabled={isSubmitting}>
                Reset to default
              </Button>
            ) : null}
            <p role="status" className="text-zinc-600">
              {notice}
            </p>
          </div>
        </form>
        <EmailPreview code={code} subject={previewSubject} body={previewBody} vars={vars} action={action} />
      </div>
      <UnsavedChangesGuard dirty={isDirty} />
      <ResetTemplateDialog
        orgSlug={orgSlug}
        code={code}
        open={resetting}
        onClose={() => setResetting(false)}
        onReset={(fresh) => {
          setResetting(false);
          setTemplate(fresh);
          setFormError(undefined);
          reset({ subject: fresh.subject, body: fresh.body });
          setNotice('Template reset to the platform default.');
        }}
      />
    </div>
  );
}

/** What the platform keeps out of an org's hands in this template. */
function TemplateRules({ template }: { template: EmailTemplate }) {
  if (!template.actionLabel && !template.security) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-xs text-zinc-600">
      {template.actionLabel ? (
        <li>
          The “{template.actionLabel}” button and its link are added by the platform below your text, always to this
          app&apos;s own address; they cannot be edited.
        </li>
      ) : null}
      {template.security ? (
        <li>
          This mail is about the person&apos;s account, so your wording reaches only people who belong to this
          organization alone (others get the platform&apos;s), and it cannot contain links.
        </li>
      ) : null}
    </ul>
  );
}
