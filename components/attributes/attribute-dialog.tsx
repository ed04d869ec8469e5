'use client';

import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Select } from '@/components/ui/input';
import {
  type Attribute,
  type AttributeType,
  attributeTypeNames,
  attributeTypes,
  isChoice,
} from '@/lib/schemas/attribute';
import { keyFromLabel } from './key-from-label';
import type { AttributeActions } from './types';
import { ValueEditor } from './value-editor';

type Fields = Record<string, string[]>;

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
  const [label, setLabel] = useState(attribute?.label ?? '');
  const [key, setKey] = useState(attribute?.key ?? '');
  const [keyTouched, setKeyTouched] = useState(false);
  const [dataType, setDataType] = useState<AttributeType>(attribute?.dataType ?? 'text');
  const [flags, setFlags] = useState({
    required: attribute?.required ?? false,
    selfEditable: attribute?.selfEditable ?? false,
    filterable: attribute?.filterable ?? false,
  });
  const [draftValues, setDraftValues] = useState<{ value: string; label: string }[]>([]);
  const [fields, setFields] = useState<Fields>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const err = (name: string) => fields[name]?.[0];

  const submit = () =>
    start(async () => {
      setFields({});
      setMessage(null);
      if (!attribute && isChoice(dataType) && draftValues.length === 0) {
        setMessage('Add at least one value: a choice with nothing to choose cannot be filled in.');
        return;
      }
      const result = attribute
        ? await actions.update({ id: attribute.id, label, ...flags })
        : await actions.create({ key, label, dataType, ...flags, options: isChoice(dataType) ? draftValues : [] });
      if (!result.ok) {
        setFields(result.error.fields ?? {});
        setMessage(result.error.fields ? 'Check the highlighted fields.' : result.error.message);
        return;
      }
      onSaved();
      onClose();
    });

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <Field id="attr-label" label="Label" error={err('label')}>
        <Input
          id="attr-label"
          value={label}
          aria-invalid={Boolean(err('label'))}
          onChange={(e) => {
            setLabel(e.target.value);
            if (!attribute && !keyTouched) setKey(keyFromLabel(e.target.value));
          }}
        />
      </Field>
      {attribute ? (
        <p className="text-sm text-zinc-600">
          Key <code className="font-mono">{attribute.key}</code> · {attributeTypeNames[attribute.dataType]}
        </p>
      ) : (
        <div className="grid grid-cols-2 gap-3">
          <Field id="attr-key" label="Key" hint="Used by the API and CSV imports" error={err('key')}>
            <Input
              id="attr-key"
              value={key}
              aria-invalid={Boolean(err('key'))}
              onChange={(e) => {
                setKey(e.target.value);
                setKeyTouched(true);
              }}
            />
          </Field>
          <Field id="attr-type" label="Type" error={err('dataType')}>
            <Select id="attr-type" value={dataType} onChange={(e) => setDataType(e.target.value as AttributeType)}>
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
        {(
          [
            ['required', 'Required for every member'],
            ['selfEditable', 'Members may edit it on their own profile'],
            ['filterable', 'Can be used as a filter on the team page'],
          ] as const
        ).map(([name, text]) => (
          <label key={name} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={flags[name]}
              onChange={(e) => setFlags((f) => ({ ...f, [name]: e.target.checked }))}
            />
            {text}
          </label>
        ))}
      </fieldset>
      {isChoice(attribute?.dataType ?? dataType) ? (
        <ValueEditor
          attribute={attribute}
          actions={actions}
          drafts={draftValues}
          setDrafts={setDraftValues}
          draftErrors={fields}
          onChanged={onSaved}
        />
      ) : null}
      <DialogActions>
        <Button type="button" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={pending}>
          {attribute ? 'Save' : 'Create attribute'}
        </Button>
      </DialogActions>
    </form>
  );
}
