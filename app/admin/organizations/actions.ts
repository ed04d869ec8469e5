'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import {
  activateOrganizationOp,
  addOrgAdminOp,
  deactivateOrganizationOp,
  deleteOrganizationOp,
  listOrganizationsOp,
  onboardOrganizationOp,
} from '@/lib/api/operations/organizations';
import { IdParam } from '@/lib/schemas/list';
import { AddOrgAdminInput, OnboardOrganizationInput } from '@/lib/schemas/organization';
import { runAdminAction } from '@/lib/server/admin-action';
import { addOrgAdmin } from '@/lib/services/organizations/add-org-admin';
import { deleteOrganization } from '@/lib/services/organizations/delete-organization';
import { onboardOrganization } from '@/lib/services/organizations/onboard-organization';
import { organizationsNamed } from '@/lib/services/organizations/organizations-named';
import { setOrganizationStatus } from '@/lib/services/organizations/set-organization-status';

const path = '/admin/organizations';

export async function onboardOrganizationAction(input: unknown) {
  const result = await runAdminAction(
    onboardOrganizationOp,
    { input, schema: OnboardOrganizationInput },
    onboardOrganization,
  );
  if (result.ok) revalidatePath(path);
  return result;
}

const NameInput = z.object({ name: z.string().trim().min(1).max(200) });

/** The organizations already called this (the wizard warns on a duplicate name). */
export async function organizationsNamedAction(name: string) {
  return runAdminAction(listOrganizationsOp, { input: { name }, schema: NameInput }, (principal, data) =>
    organizationsNamed(principal, data.name),
  );
}

const StatusInput = z.object({ orgId: IdParam, status: z.enum(['active', 'deactivated']) });

export async function setOrganizationStatusAction(orgId: string, status: 'active' | 'deactivated') {
  const result = await runAdminAction(
    status === 'active' ? activateOrganizationOp : deactivateOrganizationOp,
    { input: { orgId, status }, schema: StatusInput },
    async (principal, data) => {
      await setOrganizationStatus(principal, data.orgId, data.status);
    },
  );
  if (result.ok) revalidatePath(path, 'layout');
  return result;
}

const DeleteInput = z.object({ orgId: IdParam, confirm: z.string().max(100) });

export async function deleteOrganizationAction(orgId: string, confirm: string) {
  const result = await runAdminAction(
    deleteOrganizationOp,
    { input: { orgId, confirm }, schema: DeleteInput },
    (principal, data) => deleteOrganization(principal, data.orgId, data.confirm),
  );
  if (result.ok) revalidatePath(path);
  return result;
}

const AddAdminActionInput = AddOrgAdminInput.extend({ orgId: IdParam });

export async function addOrgAdminAction(input: unknown) {
  const result = await runAdminAction(
    addOrgAdminOp,
    { input, schema: AddAdminActionInput },
    (principal, { orgId, ...data }) => addOrgAdmin(principal, orgId, data),
  );
  if (result.ok) revalidatePath(path, 'layout');
  return result;
}
