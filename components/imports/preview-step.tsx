'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ImportPreview } from '@/lib/schemas/import';
import { number } from './format';
import { ImportOptions, type Option, type Options } from './import-options';
import { PreviewTable } from './preview-table';

function Stat({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white px-4 py-3 shadow-sm">
      <dt className="text-xs text-zinc-600">{label}</dt>
      <dd className={`text-xl font-semibold tabular-nums ${tone ?? 'text-zinc-900'}`}>{number(value)}</dd>
    </div>
  );
}

export function PreviewStep({
  preview,
  roles,
  departments,
  canCreateDepartments,
  options,
  onOptions,
  onBack,
  onRun,
  checking,
  running,
  error,
}: {
  preview: ImportPreview;
  roles: Option[];
  departments: Option[];
  canCreateDepartments: boolean;
  options: Options;
  onOptions: (o: Options) => void;
  onBack: () => void;
  onRun: () => void;
  checking: boolean;
  running: boolean;
  error: string | null;
}) {
  const ready = preview.validRows - preview.alreadyMemberRows;
  const runnable = ready > 0;
  return (
    <div className="space-y-5" aria-busy={checking || undefined}>
      <ImportOptions
        roles={roles}
        departments={departments}
        canCreateDepartments={canCreateDepartments}
        missingDepartments={preview.missingDepartments}
        value={options}
        onChange={onOptions}
      />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5" aria-label="File summary">
        <Stat label="Rows" value={preview.totalRows} />
        <Stat label="Ready to import" value={ready} tone="text-emerald-700" />
        <Stat label="Already members or invited" value={preview.alreadyMemberRows} />
        <Stat
          label="With problems"
          value={preview.invalidRows}
          tone={preview.invalidRows ? 'text-red-700' : undefined}
        />
        <Stat label="Duplicates in the file" value={preview.duplicateRows} />
      </dl>
      {preview.unknownRoles.length ? (
        <Alert tone="info" title="Roles not found">
          {preview.unknownRoles.join(', ')}: rows with these roles will fail. Create the roles first, or clear the
          column to use the default role.
        </Alert>
      ) : null}
      <AttributeNote attributes={preview.attributes} />
      <section className="space-y-2">
        <h2 className="font-semibold text-zinc-900">First rows</h2>
        <PreviewTable label="Preview of the first rows" rows={preview.rows} attributes={preview.attributes} />
      </section>
      {preview.problems.length ? (
        <section className="space-y-2">
          <h2 className="font-semibold text-zinc-900">
            Rows with problems{preview.invalidRows > preview.problems.length ? ' (first 50)' : ''}
          </h2>
          <PreviewTable label="Rows with problems" rows={preview.problems} attributes={preview.attributes} />
        </section>
      ) : null}
      {preview.flagged.length ? (
        <section className="space-y-2">
          <h2 className="font-semibold text-zinc-900">
            Rows to check{preview.flaggedRows > preview.flagged.length ? ' (first 50)' : ''}
          </h2>
          <p className="text-sm text-zinc-600">
            {number(preview.flaggedRows)} {preview.flaggedRows === 1 ? 'row has' : 'rows have'} a name that starts like
            a spreadsheet formula. They are imported as written; exported files neutralise such cells.
          </p>
          <PreviewTable label="Rows to check" rows={preview.flagged} attributes={preview.attributes} />
        </section>
      ) : null}
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={onBack}>Back to columns</Button>
        <Button variant="primary" disabled={!runnable || checking} pending={running} onClick={onRun}>
          Import {number(ready)} {ready === 1 ? 'row' : 'rows'}
        </Button>
        {preview.invalidRows || preview.alreadyMemberRows ? (
          <span className="text-sm text-zinc-600">
            Rows with problems are skipped and listed in the error report; members and invitees are skipped too.
          </span>
        ) : null}
      </div>
    </div>
  );
}

/** How the import treats custom attributes (the rules of lib/services/imports/attribute-columns.ts). */
function AttributeNote({ attributes }: { attributes: ImportPreview['attributes'] }) {
  const mapped = attributes.filter((a) => a.column);
  const requiredMissing = attributes.filter((a) => a.required && !a.column);
  if (mapped.length === 0 && requiredMissing.length === 0) return null;
  return (
    <Alert tone="info" title="Attributes">
      <ul className="list-disc space-y-1 pl-4">
        {mapped.length ? (
          <li>
            Imported: {mapped.map((a) => `${a.label} (from "${a.column}")`).join(', ')}. Each value is checked now and
            saved when the person accepts the invitation.
          </li>
        ) : null}
        {requiredMissing.length ? (
          <li>
            {requiredMissing.map((a) => a.label).join(', ')} {requiredMissing.length === 1 ? 'is' : 'are'} required and
            no column holds {requiredMissing.length === 1 ? 'it' : 'them'}: people join without it when they accept, and
            an admin can fill it in on their member page.
          </li>
        ) : null}
      </ul>
    </Alert>
  );
}
