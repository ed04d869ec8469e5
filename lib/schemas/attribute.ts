import { z } from 'zod';
import { IdParam, listQuery, listResult } from './list';

export const attributeTypes = ['text', 'number', 'date', 'boolean', 'single_choice', 'multi_choice'] as const;
export type AttributeType = (typeof attributeTypes)[number];
export const attributeTypeNames: Record<AttributeType, string> = {
  text: 'Text',
  number: 'Number',
  date: 'Date',
  boolean: 'Yes / no',
  single_choice: 'Single choice',
  multi_choice: 'Multiple choice',
};
export const isChoice = (t: AttributeType) => t === 'single_choice' || t === 'multi_choice';

export const attributeStatuses = ['active', 'inactive'] as const;
export type AttributeStatus = (typeof attributeStatuses)[number];

export const AttributeKey = z
  .string({ error: 'Key is required' })
  .trim()
  .min(1, 'Key is required')
  .max(50, 'Key must be at most 50 characters')
  .regex(/^[a-z][a-zA-Z0-9_]*$/, 'Start with a lower-case letter; use letters, digits and _ only, e.g. employeeId');

export const OptionValue = z
  .string({ error: 'Value is required' })
  .trim()
  .min(1, 'Value is required')
  .max(64, 'Value must be at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'Use letters, digits, _ . and - only, e.g. berlin');

const Label = (what: string) =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(100, `${what} must be at most 100 characters`);

const status = z.enum(attributeStatuses, { error: 'status must be active or inactive' });

export const CreateOptionInput = z.object({
  value: OptionValue,
  label: Label('Label'),
  status: status.optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type CreateOptionInput = z.output<typeof CreateOptionInput>;

/** A value's `value` is its stored code: it cannot change once members may hold it. */
export const UpdateOptionInput = CreateOptionInput.omit({ value: true }).partial();
export type UpdateOptionInput = z.output<typeof UpdateOptionInput>;

export const CreateAttributeInput = z
  .object({
    key: AttributeKey,
    label: Label('Label'),
    dataType: z.enum(attributeTypes, { error: `dataType must be one of: ${attributeTypes.join(', ')}` }),
    required: z.boolean().default(false),
    selfEditable: z.boolean().default(false),
    filterable: z.boolean().default(false),
    status: status.default('active'),
    options: z.array(CreateOptionInput).max(200, 'At most 200 values').default([]),
  })
  .superRefine((input, ctx) => {
    if (!isChoice(input.dataType) && input.options.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only choice attributes have values' });
    }
    const seen = new Set<string>();
    input.options.forEach((o, i) => {
      if (seen.has(o.value))
        ctx.addIssue({ code: 'custom', path: ['options', i, 'value'], message: 'Values must be unique' });
      seen.add(o.value);
    });
  });
export type CreateAttributeInput = z.output<typeof CreateAttributeInput>;

/** Key and data type are fixed at creation. */
export const UpdateAttributeInput = z.object({
  label: Label('Label').optional(),
  required: z.boolean().optional(),
  selfEditable: z.boolean().optional(),
  filterable: z.boolean().optional(),
  status: status.optional(),
});
export type UpdateAttributeInput = z.output<typeof UpdateAttributeInput>;

export const InheritAttributeInput = z.object({ defaultId: z.string({ error: 'Choose a default' }).min(1).max(64) });

export const AttributeOption = z.object({
  id: z.string(),
  value: z.string(),
  label: z.string(),
  status: z.enum(attributeStatuses),
  position: z.number().int(),
});
export type AttributeOption = z.infer<typeof AttributeOption>;

export const Attribute = z.object({
  id: z.string(),
  key: z.string(),
  label: z.string(),
  dataType: z.enum(attributeTypes),
  required: z.boolean(),
  selfEditable: z.boolean(),
  filterable: z.boolean(),
  status: z.enum(attributeStatuses),
  /**
   * For an org attribute taken from a platform default: the default's id, and whether it still
   * follows the default (`following`) or was overridden by the org. Null for the org's own ones.
   */
  inherited: z.object({ defaultId: z.string(), following: z.boolean() }).nullable(),
  options: z.array(AttributeOption),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Attribute = z.infer<typeof Attribute>;

export const attributeSortFields = ['label', 'key', 'createdAt'] as const;
export const ListAttributesQuery = listQuery(attributeSortFields, 'createdAt').extend({
  status: status.optional().or(z.literal('').transform(() => undefined)),
});
export type ListAttributesQuery = z.output<typeof ListAttributesQuery>;
export const AttributeList = listResult(Attribute);
export const OptionList = z.object({ data: z.array(AttributeOption) });

export const AttributeParams = z.object({ orgId: IdParam, id: IdParam });
export const OptionParams = z.object({ orgId: IdParam, id: IdParam, optionId: IdParam });
export const DefaultParams = z.object({ id: IdParam });
export const DefaultOptionParams = z.object({ id: IdParam, optionId: IdParam });

/** A member's value of one attribute: text, number, date (YYYY-MM-DD), boolean, a choice's value or several. */
export const AttributeValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type AttributeValue = z.infer<typeof AttributeValue>;
/** `attributes` of member bodies: key -> value; null (or '') clears it. Checked against the definitions by the service. */
export const MemberAttributesInput = z.record(z.string().max(50), AttributeValue.nullable());
export type MemberAttributesInput = z.infer<typeof MemberAttributesInput>;
export const MemberAttributes = z.record(z.string(), AttributeValue);
export type MemberAttributes = z.infer<typeof MemberAttributes>;
