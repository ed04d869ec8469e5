'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { OrgOperation } from '@/lib/api/operation';
import { updateDomainJoinOp, updateSsoRequiredOp } from '@/lib/api/operations/action-only';
import { addDomainOp, deleteDomainOp, verifyDomainOp } from '@/lib/api/operations/domains';
import { CreateDomainInput } from '@/lib/schemas/domain';
import { IdParam } from '@/lib/schemas/list';
import { DomainJoinSettings, SsoRequiredSetting } from '@/lib/schemas/organization';
import { type ActionResult, runAction } from '@/lib/server/action';
import type { OrgContext } from '@/lib/server/guard';
import { addDomain } from '@/lib/services/domains/add-domain';
import { deleteDomain } from '@/lib/services/domains/delete-domain';
import { verifyDomain } from '@/lib/services/domains/verify-domain';
import { updateOrganization } from '@/lib/services/organizations/update-organization';

const One = z.object({ domainId: IdParam });

/** Runs an action with the guard of its domain operation and refreshes the page when it worked. */
async function run<S extends z.ZodType, T>(
  op: OrgOperation,
  orgSlug: string,
  input: unknown,
  schema: S,
  fn: (ctx: OrgContext, data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const result = await runAction(op, { orgSlug, input, schema }, fn);
  if (result.ok) revalidatePath(`/o/${orgSlug}/settings/domains`);
  return result;
}

export const addDomainAction = async (orgSlug: string, input: unknown) =>
  run(addDomainOp, orgSlug, input, CreateDomainInput, addDomain);

export const verifyDomainAction = async (orgSlug: string, domainId: string) =>
  run(verifyDomainOp, orgSlug, { domainId }, One, (ctx, d) => verifyDomain(ctx, d.domainId));

export const deleteDomainAction = async (orgSlug: string, domainId: string) =>
  run(deleteDomainOp, orgSlug, { domainId }, One, (ctx, d) => deleteDomain(ctx, d.domainId));

/** Joining by domain: domains.manage, as in PATCH /organizations/{orgId}. */
export const updateDomainJoinAction = async (orgSlug: string, input: unknown) =>
  run(updateDomainJoinOp, orgSlug, input, DomainJoinSettings, updateOrganization);

/** Requiring single sign-on: sso.manage, as in PATCH /organizations/{orgId}. */
export const updateSsoRequiredAction = async (orgSlug: string, input: unknown) =>
  run(updateSsoRequiredOp, orgSlug, input, SsoRequiredSetting, updateOrganization);
