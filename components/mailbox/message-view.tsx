import Link from 'next/link';
import { DateTime } from '@/components/ui/date-time';
import type { MailboxMessage } from '@/lib/schemas/mailbox';
import { LinkifiedText } from './linkified-text';
import { MailHtmlFrame } from './mail-html-frame';
import { MailStatus } from './mail-status';

/** One message: its headers, the HTML part as a recipient would see it, and the plain-text part. */
export function MessageView({ message, closeHref }: { message: MailboxMessage; closeHref: string }) {
  return (
    <article aria-labelledby="message-subject" className="rounded-lg border border-zinc-200 bg-white shadow-sm">
      <header className="flex flex-col gap-3 border-b border-zinc-200 px-4 py-3 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1 space-y-1">
          <h2 id="message-subject" className="text-base font-semibold text-zinc-900">
            {message.subject}
          </h2>
          <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600">
            <div className="flex gap-1">
              <dt>To</dt>
              <dd className="font-medium text-zinc-900">{message.to}</dd>
            </div>
            <div className="flex gap-1">
              <dt>Template</dt>
              <dd className="font-mono">{message.template ?? 'none'}</dd>
            </div>
            <div className="flex gap-1">
              <dt>Created</dt>
              <dd>
                <DateTime value={message.createdAt} format="full" />
              </dd>
            </div>
            <div className="flex gap-1">
              <dt className="sr-only">Status</dt>
              <dd>
                <MailStatus status={message.status} />
              </dd>
            </div>
          </dl>
        </div>
        <Link href={closeHref} scroll={false} className="text-sm text-indigo-700 hover:underline">
          Close message
        </Link>
      </header>
      <section aria-label="HTML version" className="border-b border-zinc-200">
        <MailHtmlFrame html={message.html} title={`HTML of “${message.subject}”`} />
      </section>
      <section aria-labelledby="message-text-title" className="px-4 py-3">
        <h3 id="message-text-title" className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase">
          Plain text
        </h3>
        <pre className="font-mono text-xs whitespace-pre-wrap text-zinc-800" data-testid="message-text">
          <LinkifiedText text={message.text} />
        </pre>
      </section>
    </article>
  );
}
