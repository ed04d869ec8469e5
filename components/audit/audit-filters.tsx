import Form from 'next/form';
import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';

export const auditFilterFields = [
  { name: 'actor', label: 'Actor id', hint: 'A user id or API key id', type: 'text' },
  { name: 'action', label: 'Action', hint: 'e.g. department.update, or member.*', type: 'text' },
  { name: 'targetType', label: 'Target type', hint: 'e.g. department, member', type: 'text' },
  { name: 'targetId', label: 'Target id', type: 'text' },
  { name: 'from', label: 'From', type: 'date' },
  { name: 'to', label: 'To', type: 'date' },
] as const;

/**
 * The filters as a GET form: submitting navigates to the page with them in the
 * URL (and without a cursor, so the list starts again from the newest entry).
 */
export function AuditFilters({
  path,
  values,
  errors,
  extra = [],
}: {
  path: string;
  values: Record<string, string>;
  errors: Record<string, string[]>;
  extra?: { name: string; label: string; hint?: string }[];
}) {
  const fields = [...extra.map((f) => ({ ...f, type: 'text' as const })), ...auditFilterFields];
  return (
    <Form action={path} className="mb-4 rounded-lg border border-zinc-200 bg-white p-4" aria-label="Filter the log">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {fields.map((f) => (
          <Field
            key={f.name}
            id={`audit-${f.name}`}
            label={f.label}
            hint={'hint' in f ? f.hint : undefined}
            error={errors[f.name]?.[0]}
          >
            <Input
              id={`audit-${f.name}`}
              name={f.name}
              type={f.type}
              defaultValue={values[f.name] ?? ''}
              aria-invalid={errors[f.name] ? true : undefined}
            />
          </Field>
        ))}
      </div>
      <div className="mt-3 flex gap-2">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <Link href={path} className={buttonClasses('ghost')}>
          Clear
        </Link>
      </div>
    </Form>
  );
}
