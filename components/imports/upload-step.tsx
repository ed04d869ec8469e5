'use client';

import { type DragEvent, useId, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cn } from '@/lib/ui/cn';
import { formatBytes } from './format';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What the browser can tell before uploading: the size and the extension. The server checks the content. */
export function fileProblem(file: File, maxBytes: number): string | null {
  if (file.size === 0) return 'The file is empty.';
  if (file.size > maxBytes)
    return `The file is ${formatBytes(file.size)}; files up to ${formatBytes(maxBytes)} can be imported.`;
  if (!/\.(csv|tsv|txt|xlsx)$/i.test(file.name)) return 'Choose a CSV or an Excel workbook (.xlsx).';
  return null;
}

export function UploadStep({
  maxBytes,
  pending,
  error,
  onFile,
}: {
  maxBytes: number;
  pending: boolean;
  error: string | null;
  onFile: (file: File) => void;
}) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [local, setLocal] = useState<string | null>(null);

  const choose = (file: File | undefined) => {
    if (!file) return;
    const problem = fileProblem(file, maxBytes);
    setLocal(problem);
    if (!problem) onFile(file);
  };
  const drop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };
  const message = local ?? error;

  return (
    <div className="space-y-4">
      <fieldset
        aria-label="Drop a file here"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={cn(
          'flex min-w-0 flex-col items-center gap-3 rounded-lg border-2 border-dashed px-6 py-12 text-center transition-colors',
          dragging ? 'border-indigo-500 bg-indigo-50' : 'border-zinc-300 bg-white',
        )}
      >
        <p className="font-medium text-zinc-900">Drop a CSV or XLSX file here</p>
        <p className="text-sm text-zinc-600">
          One person per row, with a header row. Columns: e-mail (required), first and last name, role, department, job
          title. Up to {formatBytes(maxBytes)}.
        </p>
        <label htmlFor={inputId} className="sr-only">
          File to import
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept={ACCEPT}
          className="sr-only"
          onChange={(e) => {
            choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <Button variant="primary" pending={pending} onClick={() => input.current?.click()}>
          {pending ? 'Checking the file…' : 'Choose a file'}
        </Button>
      </fieldset>
      {message ? <Alert title="This file cannot be imported">{message}</Alert> : null}
    </div>
  );
}
