'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { type AttributeFieldDef, AttributeFields } from '@/components/attributes/attribute-fields';
import {
  type AttributeFormValue,
  attributeErrors,
  changedAttributes,
  toFormValues,
} from '@/components/attributes/attribute-values';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { MemberAttributes } from '@/lib/schemas/attribute';
import { apiRequest } from './api';

/**
 * The attributes of one organization the user may set themselves, saved through PATCH /api/v1/me
 * (`attributes: { [orgId]: { key: value } }`), the same service and validation as the API.
 */
export function OwnAttributesForm({
  orgId,
  orgName,
  defs,
  values,
}: {
  orgId: string;
  orgName: string;
  defs: AttributeFieldDef[];
  values: MemberAttributes;
}) {
  const id = useId();
  const router = useRouter();
  const [initial, setInitial] = useState(() => toFormValues(defs, values));
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, formState } = useForm<{ attributes: Record<string, AttributeFormValue> }>({
    defaultValues: { attributes: initial },
  });
  const onSubmit = handleSubmit(async (form) => {
    setError(undefined);
    setFieldErrors({});
    setSaved(false);
    const changed = changedAttributes(initial, form.attributes);
    if (Object.keys(changed).length === 0) return setSaved(true);
    const res = await apiRequest('PATCH', '/me', { attributes: { [orgId]: changed } });
    if (!res.ok) {
      const placed = attributeErrors(res.error.fields, `attributes.${orgId}`);
      setFieldErrors(placed);
      if (Object.keys(placed).length === 0) setError(res.error.message);
      return;
    }
    setInitial({ ...initial, ...changed });
    setSaved(true);
    router.refresh();
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4" aria-label={`Your details in ${orgName}`}>
      <h3 className="font-medium text-zinc-900">{orgName}</h3>
      {error ? <Alert>{error}</Alert> : null}
      {saved ? <Alert tone="info">Saved.</Alert> : null}
      <AttributeFields idPrefix={id} defs={defs} register={register} errors={fieldErrors} />
      <Button type="submit" variant="primary" pending={formState.isSubmitting}>
        Save {orgName} details
      </Button>
    </form>
  );
}
