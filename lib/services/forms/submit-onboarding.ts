import 'server-only';
import {
  builtinAnswersSchema,
  type FormDefinition,
  fieldId,
  ONBOARDING_FORM,
  type OnboardingAnswers,
} from '@/lib/schemas/form';
import { audit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';
import { type FieldErrors, forbidden, invalid, notFound, zodFields } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import {
  getAttributeDefinitions,
  saveMemberAttributes,
  validateMemberAttributes,
} from '@/lib/services/attributes/member-values';
import { findForm } from './get-form';

const attributeFields = (definition: FormDefinition) =>
  definition.sections.flatMap((s) => s.fields.flatMap((f) => (f.source === 'attribute' ? [f] : [])));

/**
 * The new member's answers to the org's profile/onboarding form: built-in
 * fields go to their own profile, attribute fields through the attributes
 * module, in one transaction with one audit entry. Only the form's fields are taken.
 */
export async function submitOnboarding(ctx: OrgContext, answers: OnboardingAnswers): Promise<{ version: number }> {
  const principal = ctx.principal;
  if (principal.kind !== 'user') throw forbidden('Only a person can fill in their onboarding form');
  const form = await findForm(ctx.org.id, ONBOARDING_FORM.type, ONBOARDING_FORM.subType);
  if (!form) throw notFound('Onboarding form');

  const errors: FieldErrors = {};
  const builtin = builtinAnswersSchema(form.definition).safeParse(answers.values);
  if (!builtin.success) Object.assign(errors, zodFields(builtin.error));
  const fields = attributeFields(form.definition);
  const input: Record<string, unknown> = {};
  for (const f of fields) {
    const value = answers.attributes[f.key];
    const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);
    if (f.required && empty) errors[fieldId(f)] = [`${f.label || f.key} is required`];
    else if (value !== undefined) input[f.key] = value;
  }
  const defs = fields.length ? await getAttributeDefinitions(ctx.org.id) : [];
  let values: ReturnType<typeof validateMemberAttributes> = [];
  try {
    // The member fills this in themselves: attributes only admins may set are refused, as on PATCH /me.
    values = validateMemberAttributes(defs, input, { selfService: true });
  } catch (error) {
    if (!(error instanceof Error && 'fields' in error)) throw error;
    Object.assign(errors, (error as { fields?: FieldErrors }).fields);
  }
  if (Object.keys(errors).length > 0) throw invalid(errors, 'Some answers need another look');

  const profile = Object.fromEntries(Object.entries(builtin.data ?? {}).filter(([, v]) => v !== undefined)) as Record<
    string,
    string | null
  >;
  await db.$transaction(async (tx) => {
    if (Object.keys(profile).length > 0) await tx.user.update({ where: { id: principal.userId }, data: profile });
    const changed = await saveMemberAttributes(tx, { orgId: ctx.org.id, userId: principal.userId, values });
    await audit(
      tx,
      { principal, orgId: ctx.org.id },
      {
        action: 'member.onboarding_submit',
        targetType: 'user',
        targetId: principal.userId,
        before: { attributes: changed.before },
        after: { formId: form.id, version: form.version, profile, attributes: changed.after },
      },
    );
  });
  return { version: form.version };
}
