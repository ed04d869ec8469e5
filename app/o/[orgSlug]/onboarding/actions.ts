'use server';

import { submitOnboardingOp } from '@/lib/api/operations/action-only';
import { OnboardingAnswers } from '@/lib/schemas/form';
import { runAction } from '@/lib/server/action';
import { submitOnboarding } from '@/lib/services/forms/submit-onboarding';

/** The new member's answers to the org's onboarding form (their own profile and attributes). */
export async function submitOnboardingAction(orgSlug: string, input: unknown) {
  return runAction(submitOnboardingOp, { orgSlug, input, schema: OnboardingAnswers }, (ctx, answers) =>
    submitOnboarding(ctx, answers),
  );
}
