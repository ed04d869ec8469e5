'use client';

import { cn } from '@/lib/ui/cn';

export interface CheckboxGroup {
  key: string;
  label: string;
  items: { key: string; description: string; disabled?: boolean }[];
}

/** Checkboxes in labelled groups, each named by its key (in code type) and described by a line of text. */
export function GroupedCheckboxes({
  idPrefix,
  groups,
  chosen,
  onToggle,
  className,
}: {
  idPrefix: string;
  groups: CheckboxGroup[];
  chosen: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
  className?: string;
}) {
  return (
    <div className={cn('max-h-72 overflow-y-auto rounded-md border border-zinc-200 p-3', className)}>
      {groups.map((group) => (
        <fieldset key={group.key}>
          <legend className="text-xs font-semibold tracking-wide text-zinc-500 uppercase">{group.label}</legend>
          <ul className="mt-1.5 space-y-1.5">
            {group.items.map((item) => {
              const id = `${idPrefix}-${item.key}`;
              return (
                <li key={item.key} className="flex items-start gap-2">
                  <input
                    id={id}
                    type="checkbox"
                    className="mt-0.5 size-4 rounded border-zinc-300 accent-zinc-900 disabled:opacity-50"
                    checked={chosen.has(item.key)}
                    disabled={item.disabled}
                    aria-describedby={`${id}-description`}
                    onChange={(event) => onToggle(item.key, event.target.checked)}
                  />
                  <div className="min-w-0">
                    <label htmlFor={id} className={item.disabled ? 'text-zinc-400' : 'text-zinc-900'}>
                      <code className="font-mono text-xs">{item.key}</code>
                    </label>
                    <p id={`${id}-description`} className="text-xs text-zinc-500">
                      {item.description}
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
