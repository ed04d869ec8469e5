'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { deleteDomainAction, verifyDomainAction } from '@/app/o/[orgSlug]/settings/domains/actions';
import { RowsTable } from '@/components/data-table/rows-table';
import { Alert } from '@/components/ui/alert';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import type { Domain } from '@/lib/schemas/domain';
import { AddDomainForm } from './add-domain-form';
import { domainColumns } from './domain-columns';

const getRowId = (d: Domain) => d.id;

/** Settings > Domains: claim a domain, publish its TXT record, verify it (docs/decisions/019). */
export function DomainsView({ orgSlug, domains }: { orgSlug: string; domains: Domain[] }) {
  const router = useRouter();
  const [verifying, setVerifying] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [deleting, setDeleting] = useState<Domain | null>(null);
  const columns = useMemo(() => {
    async function onVerify(d: Domain) {
      setVerifying(d.id);
      setNotice(null);
      const result = await verifyDomainAction(orgSlug, d.id);
      setVerifying(null);
      // A failed check (422) also changed the row: its status and time of the check.
      setNotice(
        result.ok ? { tone: 'info', text: `${d.domain} is verified.` } : { tone: 'error', text: result.error.message },
      );
      router.refresh();
    }
    return domainColumns({ onVerify, onDelete: setDeleting, verifying });
  }, [orgSlug, router, verifying]);

  return (
    <section aria-labelledby="domains-title" className="space-y-4">
      <div className="space-y-1">
        <h2 id="domains-title" className="text-base font-semibold text-zinc-900">
          Domains
        </h2>
        <p className="text-zinc-600">
          Prove that your organization owns an e-mail domain: publish the TXT record shown for it in the domain&apos;s
          DNS, then verify. Another organization cannot verify a domain you have verified.
        </p>
      </div>
      <AddDomainForm orgSlug={orgSlug} />
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {domains.length === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 bg-white">
          <EmptyState
            title="No domains yet"
            description="Add a domain above; it stays pending until its TXT record is published and verified."
          />
        </div>
      ) : (
        <RowsTable label="Domains" columns={columns} data={domains} getRowId={getRowId} />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete domain"
        description={
          <p>
            <span className="font-medium break-all">{deleting?.domain}</span> is removed from this organization; if it
            was verified, another organization may claim it. This cannot be undone.
          </p>
        }
        confirmLabel="Delete domain"
        onConfirm={() => deleteDomainAction(orgSlug, deleting!.id)}
        onClose={() => setDeleting(null)}
      />
    </section>
  );
}
