'use client';

import Link from 'next/link';
import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowsTable } from '@/components/data-table/rows-table';
import { DateTime } from '@/components/ui/date-time';
import { Missing } from '@/components/ui/missing';
import type { EmailTemplate } from '@/lib/schemas/email-template';
import { TemplateBadge } from './template-badge';

const helper = createDataTableColumnHelper<EmailTemplate>();

const columns = (basePath: string) => [
  helper.accessor('code', {
    header: 'Template',
    cell: ({ getValue }) => (
      <Link
        href={`${basePath}/${getValue()}`}
        className="font-mono text-xs text-indigo-700 hover:underline"
        aria-label={`Edit ${getValue()}`}
      >
        {getValue()}
      </Link>
    ),
    meta: { rowHeader: true },
  }),
  helper.accessor('description', { header: 'Sent when', meta: { className: 'text-zinc-600' } }),
  helper.accessor('customized', {
    header: 'Version',
    cell: ({ getValue }) => <TemplateBadge customized={getValue()} />,
  }),
  helper.accessor('updatedAt', {
    header: 'Changed',
    cell: ({ getValue }) => {
      const at = getValue();
      return at ? <DateTime value={at} format="full" /> : <Missing label="Never" />;
    },
    meta: { className: 'whitespace-nowrap text-zinc-600' },
  }),
];

/** Every template the app sends, with whether this org changed it; each opens in the editor. */
export function EmailTemplateList({ basePath, templates }: { basePath: string; templates: EmailTemplate[] }) {
  return (
    <section aria-labelledby="templates-title" className="space-y-3">
      <div className="space-y-1">
        <h2 id="templates-title" className="text-base font-semibold text-zinc-900">
          E-mail templates
        </h2>
        <p className="text-zinc-600">
          The messages the portal sends on behalf of your organization. Change a subject or body, or go back to the
          platform default at any time.
        </p>
      </div>
      <RowsTable label="E-mail templates" columns={columns(basePath)} data={templates} getRowId={(t) => t.code} />
    </section>
  );
}
