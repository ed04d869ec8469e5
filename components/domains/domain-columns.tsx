'use client';

import { createDataTableColumnHelper } from '@/components/data-table/features';
import { RowActions } from '@/components/data-table/row-actions';
import { DateTime } from '@/components/ui/date-time';
import { SecretField } from '@/components/ui/secret-field';
import type { Domain } from '@/lib/schemas/domain';
import { DomainStatus } from './domain-status';

const helper = createDataTableColumnHelper<Domain>();
const nameId = (d: Domain) => `domain-${d.id}-name`;

export interface DomainRowHandlers {
  onVerify: (d: Domain) => void;
  onDelete: (d: Domain) => void;
  verifying: string | null;
}

/** Settings > Domains: each claimed domain, the TXT record that proves it, and what the last check found. */
export function domainColumns(h: DomainRowHandlers) {
  return helper.columns([
    helper.accessor('domain', {
      header: 'Domain',
      meta: { rowHeader: true },
      cell: (info) => (
        <span id={nameId(info.row.original)} className="font-medium break-all text-zinc-900">
          {info.getValue()}
        </span>
      ),
    }),
    helper.accessor('status', {
      header: 'Status',
      cell: (info) => <DomainStatus status={info.getValue()} />,
    }),
    helper.display({
      id: 'record',
      header: 'TXT record',
      meta: { className: 'min-w-80' },
      cell: ({ row: { original: d } }) => (
        <div className="space-y-2">
          <div>
            <p className="text-sm font-medium text-zinc-800">Name</p>
            <p className="font-mono text-xs break-all select-all">{d.verification.name}</p>
          </div>
          <SecretField label="Value" what="value" value={d.verification.value} />
        </div>
      ),
    }),
    helper.accessor('lastCheckedAt', {
      header: 'Last checked',
      meta: { className: 'whitespace-nowrap text-zinc-600' },
      cell: (info) => {
        const at = info.getValue();
        return at ? <DateTime value={at} format="full" /> : 'Never';
      },
    }),
    helper.display({
      id: 'actions',
      header: 'Actions',
      meta: { srOnlyHeader: true, align: 'end' },
      cell: ({ row: { original: d } }) => (
        <RowActions
          describedBy={nameId(d)}
          actions={[
            {
              label: 'Verify',
              name: `Verify ${d.domain}`,
              onClick: () => h.onVerify(d),
              pending: h.verifying === d.id,
            },
            { label: 'Delete', name: `Delete ${d.domain}`, danger: true, onClick: () => h.onDelete(d) },
          ]}
        />
      ),
    }),
  ]);
}
