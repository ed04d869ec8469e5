'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/input';
import { type ImportField, type ImportPreview, importFieldLabels, importFields } from '@/lib/schemas/import';

/** Column header -> a field, `attributes.<key>`, or null (not imported). */
export type Mapping = Record<string, string | null>;
type AttributeChoice = ImportPreview['attributes'][number];

/** Client-side mirror of the server's rule: one e-mail column, each field or attribute at most once. */
export function mappingProblem(mapping: Mapping, attributes: AttributeChoice[] = []): string | null {
  const fields = Object.values(mapping).filter((f): f is string => f !== null);
  if (!fields.includes('email')) return 'Choose the column that holds e-mail addresses.';
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (!twice) return null;
  const label =
    importFieldLabels[twice as ImportField] ?? attributes.find((a) => `attributes.${a.key}` === twice)?.label ?? twice;
  return `Only one column can be ${label}.`;
}

export function MappingStep({
  headers,
  examples,
  attributes,
  mapping,
  onChange,
  onBack,
  onNext,
  pending,
  error,
}: {
  headers: string[];
  examples: Record<string, string>;
  /** The org's active custom attributes: a column can hold one's values. */
  attributes: AttributeChoice[];
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
  onBack: () => void;
  onNext: () => void;
  pending: boolean;
  error: string | null;
}) {
  const problem = mappingProblem(mapping, attributes);
  const mappedAttributes = Object.values(mapping).some((t) => t?.startsWith('attributes.'));
  return (
    <div className="space-y-4">
      <p className="text-zinc-600">
        We matched the columns of your file to the fields of an invitation. Check them, and change any that are wrong.
      </p>
      <div className="overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm" aria-label="Column mapping">
          <thead className="border-b border-zinc-200 bg-zinc-50/80 text-xs text-zinc-600">
            <tr>
              <th scope="col" className="px-4 py-2.5 font-medium">
                Column in your file
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                Example
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                Imported as
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {headers.map((header, i) => (
              <tr key={header}>
                <th scope="row" className="px-4 py-2.5 font-medium text-zinc-900">
                  {header}
                </th>
                <td className="max-w-xs truncate px-4 py-2.5 text-zinc-600">{examples[header] ?? ''}</td>
                <td className="px-4 py-2">
                  <Select
                    aria-label={`Field for column ${header}`}
                    id={`mapping-${i}`}
                    className="w-48"
                    value={mapping[header] ?? ''}
                    onChange={(e) => onChange({ ...mapping, [header]: e.target.value || null })}
                  >
                    <option value="">Do not import</option>
                    {importFields.map((f) => (
                      <option key={f} value={f}>
                        {importFieldLabels[f]}
                      </option>
                    ))}
                    {attributes.length > 0 ? (
                      <optgroup label="Attributes">
                        {attributes.map((a) => (
                          <option key={a.key} value={`attributes.${a.key}`}>
                            {a.label}
                            {a.required ? ' (required)' : ''}
                          </option>
                        ))}
                      </optgroup>
                    ) : null}
                  </Select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mappedAttributes ? (
        <p className="text-sm text-zinc-600">
          Attribute values are checked like in the member form, kept on each invitation and saved when the person
          accepts it.
        </p>
      ) : null}
      {problem || error ? <Alert>{problem ?? error}</Alert> : null}
      <div className="flex gap-2">
        <Button onClick={onBack}>Choose another file</Button>
        <Button variant="primary" disabled={Boolean(problem)} pending={pending} onClick={onNext}>
          Continue to preview
        </Button>
      </div>
    </div>
  );
}
