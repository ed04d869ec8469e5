'use client';

import { useMemo } from 'react';
import { type MailAction, renderMail } from '@/lib/mail/render';
import { type TemplateCode, type TemplateVars, templateTextProblem } from '@/lib/mail/templates';

/**
 * The message as it would be sent, rendered in the browser with sample values.
 * The HTML part goes into an iframe with an empty sandbox: no scripts, no
 * same-origin access, no navigation, whatever the template contains.
 */
export function EmailPreview({
  code,
  subject,
  body,
  vars,
  action,
}: {
  code: TemplateCode;
  subject: string;
  body: string;
  vars: TemplateVars;
  action: MailAction;
}) {
  const rendered = useMemo(
    () => renderMail(code, { subject, body }, vars, action),
    [code, subject, body, vars, action],
  );
  const problem = useMemo(() => templateTextProblem(code, `${subject}\n${body}`), [code, subject, body]);
  return (
    <section aria-labelledby="preview-title" className="space-y-3">
      <div className="space-y-1">
        <h3 id="preview-title" className="text-sm font-semibold text-zinc-900">
          Preview
        </h3>
        <p className="text-xs text-zinc-500">Updates as you type, with sample values for the variables.</p>
      </div>
      {problem ? (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
          Refused on save: {problem}.
        </p>
      ) : null}
      <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-sm">
        <div className="border-b border-zinc-200 bg-zinc-50/80 px-4 py-2.5">
          <p className="text-xs text-zinc-500">Subject</p>
          <p className="font-medium text-zinc-900" data-testid="preview-subject">
            {rendered.subject || <span className="text-zinc-500">(empty)</span>}
          </p>
        </div>
        <iframe
          title="HTML preview"
          sandbox=""
          srcDoc={rendered.html}
          className="block h-72 w-full border-0 bg-white"
        />
      </div>
      <details className="rounded-lg border border-zinc-200 bg-white shadow-sm">
        <summary className="cursor-pointer px-4 py-2.5 text-sm font-medium text-zinc-800">Plain-text version</summary>
        <pre
          className="overflow-x-auto border-t border-zinc-200 px-4 py-3 font-mono text-xs whitespace-pre-wrap text-zinc-800"
          data-testid="preview-text"
        >
          {rendered.text}
        </pre>
      </details>
    </section>
  );
}
