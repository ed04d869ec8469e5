'use client';

import { Button } from '@/components/ui/button';
import type { BuiltinFieldName, FormField } from '@/lib/schemas/form';

const control = 'h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm';

/** One field in the editor: what it asks for, its label and help text, required, and its place. */
export function FieldRow({
  field,
  choices,
  error,
  label,
  onChange,
  onMove,
  onRemove,
}: {
  field: FormField;
  choices: { value: string; label: string }[];
  error?: string;
  label: string;
  onChange: (field: FormField) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const value = field.source === 'builtin' ? `builtin:${field.name}` : `attribute:${field.key}`;
  const common = { label: field.label, help: field.help, required: field.required, order: field.order };
  function choose(next: string) {
    const [source, name = ''] = next.split(':');
    onChange(
      source === 'builtin'
        ? { source: 'builtin', name: name as BuiltinFieldName, ...common }
        : { source: 'attribute', key: name, ...common },
    );
  }
  return (
    <li className="space-y-2 rounded-lg border border-zinc-100 bg-zinc-50 p-3" aria-label={label}>
      <div className="flex flex-wrap items-center gap-2">
        <select
          aria-label={`${label}: asks for`}
          className={control}
          value={value}
          onChange={(e) => choose(e.target.value)}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-1 text-sm">
          <input
            type="checkbox"
            checked={field.required}
            onChange={(e) => onChange({ ...field, required: e.target.checked })}
          />
          Required
        </label>
        <Button size="sm" variant="ghost" aria-label={`${label}: move up`} onClick={() => onMove(-1)}>
          ↑
        </Button>
        <Button size="sm" variant="ghost" aria-label={`${label}: move down`} onClick={() => onMove(1)}>
          ↓
        </Button>
        <Button size="sm" variant="ghost" aria-label={`${label}: remove`} onClick={onRemove}>
          Remove
        </Button>
      </div>
      {error ? <p className="text-xs font-medium text-red-600">{error}</p> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        <input
          aria-label={`${label}: label`}
          placeholder="Label (optional)"
          className={control}
          value={field.label ?? ''}
          onChange={(e) => onChange({ ...field, label: e.target.value })}
        />
        <input
          aria-label={`${label}: help text`}
          placeholder="Help text (optional)"
          className={control}
          value={field.help ?? ''}
          onChange={(e) => onChange({ ...field, help: e.target.value })}
        />
      </div>
    </li>
  );
}
