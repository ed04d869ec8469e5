import 'server-only';
import type { FormDefinition } from '@/lib/schemas/form';
import { invalid } from '@/lib/server/errors';

/** Every attribute field of a definition, with the dotted path of its `key` in the request body. */
export function attributeFieldPaths(definition: FormDefinition, prefix = 'definition') {
  return definition.sections.flatMap((section, s) =>
    section.fields.flatMap((field, f) =>
      field.source === 'attribute' ? [{ key: field.key, path: `${prefix}.sections.${s}.fields.${f}.key` }] : [],
    ),
  );
}

/** 422 at each attribute field whose key is not one of the org's attributes. */
export function assertAttributeKeys(definition: FormDefinition, known: ReadonlySet<string>): void {
  const fields: Record<string, string[]> = {};
  for (const { key, path } of attributeFieldPaths(definition)) {
    if (!known.has(key)) fields[path] = [`No attribute with the key "${key}" exists in this organization`];
  }
  if (Object.keys(fields).length > 0) throw invalid(fields, 'The form refers to unknown attributes');
}
