'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ImportPreview } from '@/lib/schemas/import';
import { cn } from '@/lib/ui/cn';
import { type ImportChoices, previewImport, startImport } from './api';
import type { Option, Options } from './import-options';
import { type Mapping, MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { UploadStep } from './upload-step';

type Step = 'upload' | 'mapping' | 'preview';
const steps: { id: Step; label: string }[] = [
  { id: 'upload', label: 'Upload' },
  { id: 'mapping', label: 'Columns' },
  { id: 'preview', label: 'Preview' },
];

function Steps({ current }: { current: Step }) {
  const index = steps.findIndex((s) => s.id === current);
  return (
    <ol className="mb-5 flex gap-2 text-sm" aria-label="Import steps">
      {steps.map((s, i) => (
        <li
          key={s.id}
          aria-current={s.id === current ? 'step' : undefined}
          className={cn(
            'rounded-full px-3 py-1',
            i === index ? 'bg-zinc-900 text-white' : i < index ? 'bg-zinc-200 text-zinc-800' : 'text-zinc-500',
          )}
        >
          {i + 1}. {s.label}
        </li>
      ))}
    </ol>
  );
}

/** Upload -> column mapping -> preview with options -> run (then the import's own page shows progress). */
export function ImportWizard(props: {
  orgId: string;
  orgSlug: string;
  maxBytes: number;
  roles: Option[];
  defaultRoleId: string;
  departments: Option[];
  canCreateDepartments: boolean;
}) {
  const router = useRouter();
  const [step, setStep] = useState<Step>('upload');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [options, setOptions] = useState<Options>({
    defaultRoleId: props.defaultRoleId,
    defaultDepartmentId: '',
    createMissingDepartments: false,
    sendInvitations: true,
  });
  const [pending, setPending] = useState<'check' | 'run' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choices = (m: Mapping, o: Options): ImportChoices => ({ mapping: m, ...o });

  async function check(next: Step, f: File, c: ImportChoices) {
    setPending('check');
    setError(null);
    const res = await previewImport(props.orgId, f, c);
    setPending(null);
    if (!res.ok) return setError(res.error.message);
    setPreview(res.data);
    setMapping(res.data.mapping);
    setStep(next);
  }

  async function run() {
    if (!file) return;
    setPending('run');
    setError(null);
    const res = await startImport(props.orgId, file, choices(mapping, options));
    if (!res.ok) {
      setPending(null);
      return setError(res.error.message);
    }
    router.push(`/o/${props.orgSlug}/invitations/import/${res.data.id}`);
  }

  return (
    <section aria-label="New import" className="mb-10">
      <Steps current={step} />
      {step === 'upload' ? (
        <UploadStep
          maxBytes={props.maxBytes}
          pending={pending === 'check'}
          error={error}
          onFile={(f) => {
            setFile(f);
            void check('mapping', f, { ...options, mapping: undefined });
          }}
        />
      ) : null}
      {step === 'mapping' && preview ? (
        <MappingStep
          headers={preview.headers}
          examples={preview.examples}
          attributes={preview.attributes}
          mapping={mapping}
          onChange={setMapping}
          onBack={() => setStep('upload')}
          onNext={() => file && check('preview', file, choices(mapping, options))}
          pending={pending === 'check'}
          error={error}
        />
      ) : null}
      {step === 'preview' && preview ? (
        <PreviewStep
          preview={preview}
          roles={props.roles}
          departments={props.departments}
          canCreateDepartments={props.canCreateDepartments}
          options={options}
          onOptions={(o) => {
            setOptions(o);
            if (file) void check('preview', file, choices(mapping, o));
          }}
          onBack={() => setStep('mapping')}
          onRun={run}
          checking={pending === 'check'}
          running={pending === 'run'}
          error={error}
        />
      ) : null}
    </section>
  );
}
