import type { OnboardOrganizationInput, OnboardOrganizationResult } from '@/lib/schemas/organization';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { newId } from '@/lib/server/auth/secrets';
import { db, type Tx } from '@/lib/server/db';
import { conflict, invalid, isUniqueViolation } from '@/lib/server/errors';
import { queueEmail } from '@/lib/server/mail/outbox';
import { userVars } from '@/lib/services/accounts/actor';
import { freeSlug } from '@/lib/services/accounts/org-slug';
import { markConvertedLater } from '@/lib/services/demo-requests/mark-converted';
import { createOrgRecord } from './create-org-record';
import { organizationSelect, toOrganization } from './get-organization';
import { inviteInTx } from './invite-in-tx';

const slugTaken = (slug: string) =>
  conflict(`The slug ${slug} is already taken`, { slug: ['This slug is already taken: choose another one'] });

async function chooseSlug(tx: Tx, input: OnboardOrganizationInput): Promise<string> {
  if (!input.slug) return freeSlug(tx, input.name);
  const taken = await tx.organization.findUnique({ where: { slug: input.slug }, select: { id: true } });
  if (taken) throw slugTaken(input.slug);
  return input.slug;
}

const inviterOf = (p: UserPrincipal) => ({ userId: p.userId, name: p.name || p.email });

/** The demo request being converted must exist and not be converted already. */
async function checkDemoRequest(tx: Tx, id: string | undefined): Promise<void> {
  if (!id) return;
  const request = await tx.demoRequest.findUnique({ where: { id }, select: { status: true } });
  if (!request) throw invalid({ demoRequestId: ['No such demo request'] });
  if (request.status === 'converted') throw conflict('This demo request was already converted into an organization');
}

/**
 * POST /organizations (superadmin): the org, its built-in roles and its first owner, in one
 * transaction. An existing user becomes owner at once; a new one gets an owner invitation. From a
 * demo request (`demoRequestId`), the job queue marks that request converted once this commits.
 */
export async function onboardOrganization(
  principal: UserPrincipal,
  input: OnboardOrganizationInput,
): Promise<OnboardOrganizationResult> {
  try {
    return await db.$transaction(async (tx) => {
      await checkDemoRequest(tx, input.demoRequestId);
      const slug = await chooseSlug(tx, input);
      const { org, roles } = await createOrgRecord(tx, { ...input, slug });
      const admin = input.admin;
      const existing = await tx.user.findUnique({
        where: { email: admin.email },
        select: { id: true, email: true, firstName: true, lastName: true },
      });
      let invitationId: string | null = null;
      if (existing) {
        await tx.membership.create({
          data: {
            id: newId(),
            organizationId: org.id,
            userId: existing.id,
            roleId: roles.owner.id,
            invitedById: principal.userId,
          },
        });
        await queueEmail(tx, {
          to: existing.email,
          template: 'member_added',
          wording: { org: org.id },
          action: { path: `/o/${org.slug}` },
          vars: {
            ...userVars(existing),
            'org.name': org.name,
            'inviter.name': principal.name || principal.email,
            'role.name': 'Owner',
          },
        });
      } else {
        invitationId = await inviteInTx(tx, {
          org,
          role: { id: roles.owner.id, name: 'Owner' },
          email: admin.email,
          firstName: admin.firstName,
          lastName: admin.lastName,
          inviter: inviterOf(principal),
        });
      }
      if (input.demoRequestId) await markConvertedLater(tx, input.demoRequestId, org.id);
      const row = await tx.organization.findUniqueOrThrow({ where: { id: org.id }, select: organizationSelect });
      const organization = toOrganization(row);
      await audit(
        tx,
        { principal, orgId: org.id },
        {
          action: 'org.create',
          targetType: 'organization',
          targetId: org.id,
          after: {
            name: org.name,
            slug: org.slug,
            domain: org.domain,
            admin: { email: admin.email, existingUser: Boolean(existing), invitationId },
            demoRequestId: input.demoRequestId ?? null,
          },
        },
      );
      return { organization, admin: { userId: existing?.id ?? null, existingUser: Boolean(existing) }, invitationId };
    });
  } catch (error) {
    // Another onboarding took the same slug at the same moment.
    if (isUniqueViolation(error)) throw slugTaken(input.slug ?? input.name);
    throw error;
  }
}
