import { z } from 'zod';
import { IdParam } from './list';
import { UpdateProfileInput } from './profile';

/** The profile fields every user has, which a form can ask for by name. */
export const builtinFieldNames = ['firstName', 'lastName', 'jobTitle', 'phone', 'country'] as const;
export type BuiltinFieldName = (typeof builtinFieldNames)[number];
export const builtinFieldLabels: Record<BuiltinFieldName, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  jobTitle: 'Job title',
  phone: 'Phone',
  country: 'Country',
};

const help = z.string().trim().max(500, 'Help texts are at most 500 characters').optional();
const label = z.string().trim().max(100, 'Labels are at most 100 characters').optional();
const common = {
  label,
  help,
  required: z.boolean().default(false),
  order: z.number({ error: 'order must be a number' }).int().min(0).max(1000).default(0),
};

export const BuiltinFormField = z.object({
  source: z.literal('builtin'),
  name: z.enum(builtinFieldNames, { error: `Unknown built-in field: use one of ${builtinFieldNames.join(', ')}` }),
  ...common,
});

export const AttributeFormField = z.object({
  source: z.literal('attribute'),
  key: z
    .string({ error: 'Attribute key is required' })
    .trim()
    .min(1, 'Attribute key is required')
    .max(64, 'Attribute keys are at most 64 characters'),
  ...common,
});

export const FormField = z.discriminatedUnion('source', [BuiltinFormField, AttributeFormField], {
  error: "source must be 'builtin' or 'attribute'",
});
export type FormField = z.output<typeof FormField>;

export const FormSection = z.object({
  title: z.string({ error: 'Section title is required' }).trim().min(1, 'Section title is required').max(100),
  help,
  fields: z.array(FormField).max(50, 'At most 50 fields per section'),
});
export type FormSection = z.output<typeof FormSection>;

/** A form's JSON definition: sections in order, each with its fields (a field appears once per form). */
export const FormDefinition = z
  .object({
    sections: z.array(FormSection).min(1, 'Add at least one section').max(20, 'At most 20 sections'),
  })
  .superRefine((def, ctx) => {
    const seen = new Set<string>();
    def.sections.forEach((section, s) => {
      section.fields.forEach((field, f) => {
        const id = fieldId(field);
        if (seen.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'fields', f, field.source === 'builtin' ? 'name' : 'key'],
            message: 'This field is already in the form',
          });
        }
        seen.add(id);
      });
    });
  });
export type FormDefinition = z.output<typeof FormDefinition>;
export type FormDefinitionInput = z.input<typeof FormDefinition>;

/** The answer key of a field: the built-in name, or `attributes.<key>`. */
export function fieldId(field: { source: 'builtin'; name: string } | { source: 'attribute'; key: string }): string {
  return field.source === 'builtin' ? field.name : `attributes.${field.key}`;
}

/** Fields of a section in display order. */
export function orderedFields(section: FormSection): FormField[] {
  return section.fields
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.order - b.f.order || a.i - b.i)
    .map((x) => x.f);
}

const slug = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .regex(/^[a-z][a-zA-Z0-9_-]{0,49}$/, `${what}: letters, digits, - or _, starting with a lower-case letter`);

export const FormType = slug('type');
export const FormSubType = slug('subType');

export const CreateFormInput = z.object({ type: FormType, subType: FormSubType, definition: FormDefinition });
export type CreateFormInput = z.output<typeof CreateFormInput>;

export const UpdateFormInput = z.object({ definition: FormDefinition });
export type UpdateFormInput = z.output<typeof UpdateFormInput>;

export const Form = z.object({
  id: z.string(),
  type: z.string(),
  subType: z.string(),
  version: z.number().int(),
  definition: FormDefinition,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Form = z.infer<typeof Form>;

export const FormList = z.object({ data: z.array(Form) });

export const ListFormsQuery = z.object({
  type: FormType.optional(),
  subType: FormSubType.optional(),
});

export const GetFormQuery = z.object({
  version: z.coerce.number().int('version is a whole number').min(1, 'Versions start at 1').optional(),
});

export const FormParams = z.object({ orgId: IdParam, formId: IdParam });

/** The onboarding form every org may define; shown to a new member after accepting an invitation. */
export const ONBOARDING_FORM = { type: 'profile', subType: 'onboarding' } as const;

const profile = UpdateProfileInput.shape;
const optionalText = z
  .string()
  .trim()
  .max(100)
  .optional()
  .transform((v) => v || undefined);

/** Validators of the built-in answers: the same rules as PATCH /me. */
const builtinAnswer: Record<BuiltinFieldName, z.ZodType> = {
  firstName: profile.firstName,
  lastName: profile.lastName,
  jobTitle: optionalText,
  phone: profile.phone,
  country: profile.country,
};

/**
 * The zod schema of the answers to a definition's built-in fields (attribute
 * answers are checked by the attributes module): required fields must be
 * non-empty, the rest follow PATCH /me's rules. Used by the page and the server.
 */
export function builtinAnswersSchema(definition: FormDefinition) {
  const shape: Record<string, z.ZodType> = {};
  for (const section of definition.sections) {
    for (const field of section.fields) {
      if (field.source !== 'builtin') continue;
      const base = builtinAnswer[field.name];
      const name = field.label || builtinFieldLabels[field.name];
      shape[field.name] = field.required
        ? z
            .string({ error: `${name} is required` })
            .trim()
            .min(1, `${name} is required`)
            .pipe(base as z.ZodType<unknown, string>)
        : z
            .string()
            .optional()
            .transform((v) => (v?.trim() ? v : undefined))
            .pipe(base.optional() as z.ZodType<unknown, string | undefined>);
    }
  }
  return z.object(shape);
}

/** The onboarding answers: built-in fields by name, attribute values under `attributes`. */
export const OnboardingAnswers = z.object({
  values: z.record(z.string(), z.string().max(2000)).default({}),
  attributes: z.record(z.string(), z.unknown()).default({}),
});
export type OnboardingAnswers = z.output<typeof OnboardingAnswers>;
