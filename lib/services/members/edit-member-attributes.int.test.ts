import { beforeAll, describe, expect, it } from 'vitest';
import { CreateAttributeInput } from '@/lib/schemas/attribute';
import { UpdateMemberInput } from '@/lib/schemas/member';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { db } from '@/lib/server/db';
import type { AppError } from '@/lib/server/errors';
import { type OrgContext, requireOrg } from '@/lib/server/guard';
import { createAttribute } from '@/lib/services/attributes/create-attribute';
import { makeTeam, type TestUser } from '@/lib/test/factories';
import { updateMember } from './update-member';

/** The edit-member dialog's save: updateMemberAction -> updateMember with only the changed attributes. */

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
let ctx: OrgContext;
const failure = (p: Promise<unknown>) => p.then(() => null).catch((e: AppError) => e);
const edit = (input: unknown) => updateMember(ctx, team.member.id, UpdateMemberInput.parse(input));

beforeAll(async () => {
  team = await makeTeam();
  ctx = await requireOrg(principalOf(team.admin), { id: team.org.id });
  const scope = { orgId: team.org.id, principal: ctx.principal };
  await createAttribute(
    scope,
    CreateAttributeInput.parse({
      key: 'location',
      label: 'Location',
      dataType: 'single_choice',
      options: [
        { value: 'berlin', label: 'Berlin' },
        { value: 'paris', label: 'Paris' },
      ],
    }),
  );
  await createAttribute(scope, CreateAttributeInput.parse({ key: 'badge', label: 'Badge', dataType: 'text' }));
  await createAttribute(
    scope,
    CreateAttributeInput.parse({ key: 'employeeId', label: 'Employee ID', dataType: 'text', required: true }),
  );
});

describe('editing a member with attributes', () => {
  it('saves the changed values, audits them, and leaves the others alone (PATCH semantics)', async () => {
    const first = await edit({ jobTitle: 'Engineer', attributes: { location: 'paris', badge: 'B-7' } });
    expect(first.attributes).toEqual({ location: 'paris', badge: 'B-7' });
    // Only Location changes; the required Employee ID, still unset, is not sent and not demanded.
    const second = await edit({ attributes: { location: 'Berlin' } });
    expect(second.attributes).toEqual({ location: 'berlin', badge: 'B-7' });
    const entry = await db.auditLog.findFirst({
      where: { organizationId: team.org.id, targetId: team.member.id, action: 'member.update' },
      orderBy: { createdAt: 'desc' },
    });
    expect(entry?.before).toMatchObject({ attributes: { location: 'paris' } });
    expect(entry?.after).toMatchObject({ attributes: { location: 'berlin' } });
  });

  it('clears an optional value with an empty field', async () => {
    const cleared = await edit({ attributes: { badge: '' } });
    expect(cleared.attributes).toEqual({ location: 'berlin' });
  });

  it('refuses (validation_failed, 422) with the attribute field for a bad value or a cleared required one, and changes nothing', async () => {
    await edit({ attributes: { employeeId: 'E-1' } });
    const bad = await failure(edit({ firstName: 'Changed', attributes: { location: 'mars' } }));
    expect(bad?.code).toBe('validation_failed');
    expect(bad?.fields?.['attributes.location']).toEqual(['Choose one of: Berlin, Paris']);
    const cleared = await failure(edit({ attributes: { employeeId: '' } }));
    expect(cleared?.fields?.['attributes.employeeId']).toEqual(['Employee ID is required']);
    const user = await db.user.findUniqueOrThrow({ where: { id: team.member.id } });
    expect(user.firstName).not.toBe('Changed');
    const values = await db.memberAttributeValue.count({ where: { organizationId: team.org.id } });
    expect(values).toBe(2);
  });
});
