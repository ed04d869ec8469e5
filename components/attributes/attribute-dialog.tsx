'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { describedBy, Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import {
  type Attribute,
  type AttributeType,
  attributeTypeNames,
  attributeTypes,
  CreateAttributeInput,
  isChoice,
  UpdateAttributeInput,
} from '@/lib/schemas/attribute';
import { firstErrorMessage } from '@/lib/ui/first-error';
import { applyServerErrors } from '@/lib/ui/server-errors';
import { keyFromLabel } from './key-from-label';
import type { AttributeActions } from './types';
import { ValueEditor } from './value-editor';

/** Create (attribute null) or edit an attribute; a choice attribute's values are edited in the same dialog. */
export function AttributeDialog({
  open,
  attribute,
  actions,
  onClose,
  onSaved,
}: {
  open: boolean;
  attribute: Attribute | null;
  actions: AttributeActions;
  onClose: () => void;
  onSaved: () => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={attribute ? `Edit ${attribute.label}` : 'New attribute'}
      className="max-w-lg"
      description={
        attribute?.inherited?.following
          ? 'This attribute follows a platform default. Saving a change here makes it your own copy, which no longer follows the default.'
          : undefined
      }
    >
      <AttributeForm attribute={attribute} actions={actions} onClose={onClose} onSaved={onSaved} />
    </Dialog>
  );
}

const fieldNames = ['key', 'label', 'dataType', 'required', 'selfEditable', 'filterable'] as const;
const flagNames = [
  ['required', 'Required for every member'],
  ['selfEditable', 'Members may edit it on their own profile'],
  ['filterable', 'Can be used as a filter on the team page'],
] as const;

/** The server's errors on the draft values (`options.0.value`) go to the one `options` field. */
function splitOptionErrors(fields: Record<string, string[]> = {}) {
  const entries = Object.entries(fields);
  const option = entries.find(([k]) => k.startsWith('options'))?.[1]?.[0];
  return { option, rest: Object.fromEntries(entries.filter(([k]) => !k.startsWith('options'))) };
}

function AttributeForm({
  attribute,
  actions,
  onClose,
  onSaved,
}: {
  attribute: Attribute | null;
  actions: AttributeActions;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [keyTouched, setKeyTouched] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const schemaResolver = zodResolver(
    // Editing checks only what may change (label and flags): key, type and values are fixed or saved one by one.
    (attribute ? UpdateAttributeInput : CreateAttributeInput) as typeof CreateAttributeInput,
  );
  // Values drafted for a choice type stay in the form if the type changes (switching back keeps them),
  // but a type without choices is checked, and sent, without them.
  const resolver: typeof schemaResolver = (values, context, options) =>
    schemaResolver(isChoice(values.dataType) ? values : { ...values, options: [] }, context, options);
  const { register, handleSubmit, setValue, setError, control, formState } = useForm({
    resolver,
    defaultValues: {
      key: attribute?.key ?? '',
      label: attribute?.label ?? '',
      dataType: attribute?.dataType ?? ('text' as AttributeType),
      required: attribute?.required ?? false,
      selfEditable: attribute?.selfEditable ?? false,
      filterable: attribute?.filterable ?? false,
      options: [] as { value: string; label: string }[],
    },
  });
  const [dataType, draftValues = []] = useWatch({ control, name: ['dataType', 'options'] });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    if (!attribute && isChoice(values.dataType) && values.options.length === 0) {
      setMessage('Add at least one value: a choice with nothing to choose cannot be filled in.');
      return;
    }
    const { key, dataType, options, ...changes } = values;
    const result = attribute
      ? await actions.update({ id: attribute.id, ...changes })
      : await actions.create({ ...values, options: isChoice(dataType) ? options : [] });
    if (!result.ok) {
      const { option, rest } = splitOptionErrors(result.error.fields);
      if (option) setError('options', { type: 'server', message: option });
      const text = applyServerErrors({ ...result.error, fields: rest }, fieldNames, setError);
      setMessage(option && Object.keys(rest).length === 0 ? null : (text ?? null));
      return;
    }
    onSaved();
    onClose();
  });

  const invalid = (name: 'key' | 'label') => ({
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(`attr-${name}`, { hint: name === 'key', error: !!errors[name] }),
  });

  return (
    <form className="space-y-4" noValidate onSubmit={onSubmit}>
      {message ? <Alert>{message}</Alert> : null}
      <Field id="attr-label" label="Label" error={errors.label?.message}>
        <Input
          id="attr-label"
          {...invalid('label')}
          {...register('label', {
            onChange: (e) => {
              if (!attribute && !keyTouched) setValue('key', keyFromLabel(e.target.value));
            },
          })}
        />
      </Field>
      {attribute ? (
        <p className="text-sm text-zinc-600">
          Key <code className="font-mono">{attribute.key}</code> · {attributeTypeNames[attribute.dataType]}
        </p>
      ) : (
        <div className="grid grid-cols-2 gap-3">
          <Field id="attr-key" label="Key" hint="Used by the API and CSV imports" error={errors.key?.message}>
            <Input id="attr-key" {...invalid('key')} {...register('key', { onChange: () => setKeyTouched(true) })} />
          </Field>
          <Field id="attr-type" label="Type" error={errors.dataType?.message}>
            <Select id="attr-type" {...register('dataType')}>
              {attributeTypes.map((t) => (
                <option key={t} value={t}>
                  {attributeTypeNames[t]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-zinc-800">Options</legend>
        {flagNames.map(([name, text]) => (
          <label key={name} className="flex items-center gap-2 text-sm">
            <input type="checkbox" {...register(name)} />
            {text}
          </label>
        ))}
      </fieldset>
      {isChoice(attribute?.dataType ?? dataType) ? (
        <ValueEditor
          attribute={attribute}
          actions={actions}
          drafts={draftValues}
          setDrafts={(drafts) => setValue('options', drafts, { shouldValidate: formState.isSubmitted })}
          draftError={firstErrorMessage(errors.options)}
          onChanged={onSaved}
        />
      ) : null}
      <DialogActions>
        <Button type="button" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" pending={isSubmitting}>
          {attribute ? 'Save' : 'Create attribute'}
        </Button>
      </DialogActions>
    </form>
  );
}
