import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';

export interface ActionError {
  code: string;
  message: string;
  fields?: Record<string, string[]>;
}

/**
 * Puts a server action's field errors next to the form's fields and returns the
 * message for the form-level alert, or undefined when every problem has a field.
 */
export function applyServerErrors<T extends FieldValues>(
  error: ActionError,
  fieldNames: readonly FieldPath<T>[],
  setError: UseFormSetError<T>,
): string | undefined {
  let unplaced = !error.fields || Object.keys(error.fields).length === 0;
  let focused = false;
  for (const [key, messages] of Object.entries(error.fields ?? {})) {
    const field = fieldNames.find((name) => name === key);
    if (!field || !messages[0]) {
      unplaced = true;
      continue;
    }
    setError(field, { type: 'server', message: messages[0] }, { shouldFocus: !focused });
    focused = true;
  }
  return unplaced ? error.message : undefined;
}
