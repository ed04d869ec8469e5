import { beforeAll, describe, expect, it } from 'vitest';
import { CreateAttributeInput } from '@/lib/schemas/attribute';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import { AppError } from '@/lib/server/errors';
import { type OrgContext, requireOrg } from '@/lib/server/guard';
import { createAttribute } from '@/lib/services/attributes/create-attribute';
import { readMemberAttributes } from '@/lib/services/attributes/member-values';
import { makeTeam, type TestUser } from '@/lib/test/factories';
import { createForm } from './create-form';
import { submitOnboarding } from './submit-onboarding';

const principalOf = (user: TestUser): UserPrincipal => ({
  kind: 'user',
  userId: user.id,
  email: user.email,
  name: '',
  isSuperadmin: false,
  sessionId: '',
  via: 'bearer',
  meta: { ip: '127.0.0.1', userAgent: 'vitest' },
});

let team: Awaited<ReturnType<typeof makeTeam>>;
let adminCtx: OrgContext;
let memberCtx: OrgContext;

beforeAll(async () => {
  team = await makeTeam();
  adminCtx = await requireOrg(principalOf(team.admin), { id: team.org.id });
  memberCtx = await requireOrg(principalOf(team.member), { id: team.org.id });
  await createAttribute(
    { orgId: team.org.id, principal: adminCtx.principal },
    CreateAttributeInput.parse({ key: 'employeeId', label: 'Employee ID', dataType: 'text', selfEditable: true }),
  );
  await createAttribute(
    { orgId: team.org.id, principal: adminCtx.principal },
    CreateAttributeInput.parse({ key: 'badge', label: 'Badge', dataType: 'text' }),
  );
});

const failure = (p: Promise<unknown>) => p.then(() => null).catch((e: AppError) => e);

describe('onboarding form answers', () => {
  it('checks built-in and attribute fields with the form rules, then saves them to the profile and attributes', async () => {
    const form = await createForm(adminCtx, {
      type: 'profile',
      subType: 'onboarding',
      definition: {
        sections: [
          {
            title: 'About you',
            fields: [
              { source: 'builtin', name: 'phone', required: true, order: 0 },
              { source: 'attribute', key: 'employeeId', label: 'Staff number', required: true, order: 1 },
              { source: 'builtin', name: 'jobTitle', required: false, order: 2 },
              { source: 'attribute', key: 'badge', required: false, order: 3 },
            ],
          },
        ],
      },
    });
    expect(form.version).toBe(1);

    const missing = await failure(submitOnboarding(memberCtx, { values: {}, attributes: {} }));
    expect(missing).toBeInstanceOf(AppError);
    expect(Object.keys(missing!.fields!).sort()).toEqual(['attributes.employeeId', 'phone']);
    const badPhone = await failure(
      submitOnboarding(memberCtx, { values: { phone: '123' }, attributes: { employeeId: 'E-1' } }),
    );
    expect(badPhone!.fields!.phone![0]).toMatch(/E\.164/);
    expect((await db.user.findUniqueOrThrow({ where: { id: team.member.id } })).phone).toBeNull();
    // An attribute only admins may set is refused here too, as on PATCH /me.
    const adminOnly = await failure(
      submitOnboarding(memberCtx, {
        values: { phone: '+4930123456' },
        attributes: { employeeId: 'E-1', badge: 'B-7' },
      }),
    );
    expect(Object.keys(adminOnly!.fields!)).toEqual(['attributes.badge']);
    expect((await db.user.findUniqueOrThrow({ where: { id: team.member.id } })).phone).toBeNull();

    await submitOnboarding(memberCtx, {
      values: { phone: '+4930123456', jobTitle: 'Analyst', country: 'FR' },
      attributes: { employeeId: 'E-42' },
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: team.member.id } });
    // Only the form's fields are taken: country is not in it.
    expect(user).toMatchObject({ phone: '+4930123456', jobTitle: 'Analyst', country: null });
    const attrs = await readMemberAttributes(db, team.org.id, [team.member.id]);
    expect(attrs.get(team.member.id)).toMatchObject({ employeeId: 'E-42' });
    const entry = await db.auditLog.findFirst({
      where: { organizationId: team.org.id, action: 'member.onboarding_submit', targetId: team.member.id },
    });
    expect(entry?.after).toMatchObject({ version: 1, attributes: { employeeId: 'E-42' } });
  });
});
