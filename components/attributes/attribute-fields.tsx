'use client';

import type { UseFormRegister } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';

export interface AttributeFieldDef {
  key: string;
  label: string;
  dataType: 'text' | 'number' | 'date' | 'boolean' | 'single_choice' | 'multi_choice';
  required: boolean;
  options: { value: string; label: string }[];
}

/**
 * A member form's custom attribute fields, one control per type, registered as `attributes.<key>`;
 * `errors` are the server's messages keyed `attributes.<key>` (the same validation as the API).
 */
export function AttributeFields({
  idPrefix,
  defs,
  register,
  errors,
}: {
  idPrefix: string;
  defs: AttributeFieldDef[];
  // biome-ignore lint/suspicious/noExplicitAny: the fields live in any member form.
  register: UseFormRegister<any>;
  errors: Record<string, string[] | undefined>;
}) {
  if (defs.length === 0) return null;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-zinc-800">Attributes</legend>
      {defs.map((d) => {
        const id = `${idPrefix}-attr-${d.key}`;
        const error = errors[`attributes.${d.key}`]?.[0];
        const label = d.required ? `${d.label} (required)` : d.label;
        const common = { id, 'aria-invalid': error ? true : undefined, ...register(`attributes.${d.key}`) };
        if (d.dataType === 'boolean') {
          return (
            <div key={d.key} className="space-y-1">
              <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium text-zinc-800">
                <input type="checkbox" {...common} />
                {label}
              </label>
              {error ? <p className="text-xs font-medium text-red-600">{error}</p> : null}
            </div>
          );
        }
        return (
          <Field key={d.key} id={id} label={label} error={error}>
            {d.dataType === 'single_choice' ? (
              <Select {...common}>
                <option value="">—</option>
                {d.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            ) : d.dataType === 'multi_choice' ? (
              <Select multiple className="h-auto w-full" {...common}>
                {d.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            ) : (
              <Input type={d.dataType === 'number' ? 'number' : d.dataType === 'date' ? 'date' : 'text'} {...common} />
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}
