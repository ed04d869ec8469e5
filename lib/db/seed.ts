import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { BuiltInRoleKey } from '@/lib/permissions';
import { hashPassword } from '@/lib/server/auth/password';
import { newId } from '@/lib/server/auth/secrets';
import { createOrgRecord } from '@/lib/services/organizations/create-org-record';

/** The demo data of README's "Demo logins": what `npm start` creates on a new embedded database. */

export const DEMO_PASSWORD = 'correct-horse-battery';
export const DEMO_SUPERADMIN = 'admin@demo.test';

interface DemoMember {
  email: string;
  firstName: string;
  lastName: string;
  role: BuiltInRoleKey;
  department?: string;
}

interface DemoOrg {
  name: string;
  slug: string;
  domain: string;
  industry: string;
  location: string;
  departments: string[];
  members: DemoMember[];
}

export const demoOrgs: DemoOrg[] = [
  {
    name: 'Acme',
    slug: 'acme',
    domain: 'acme.test',
    industry: 'Manufacturing',
    location: 'Springfield',
    departments: ['Engineering', 'Sales', 'Support'],
    members: [
      { email: 'owner@acme.test', firstName: 'Olivia', lastName: 'Owens', role: 'owner' },
      { email: 'admin@acme.test', firstName: 'Adam', lastName: 'Adler', role: 'admin', department: 'Engineering' },
      { email: 'member@acme.test', firstName: 'Mia', lastName: 'Meyer', role: 'member', department: 'Sales' },
    ],
  },
  {
    name: 'Globex',
    slug: 'globex',
    domain: 'globex.test',
    industry: 'Energy',
    location: 'Cypress Creek',
    departments: ['Research'],
    members: [
      { email: 'owner@globex.test', firstName: 'Gloria', lastName: 'Grant', role: 'owner' },
      { email: 'member@globex.test', firstName: 'Gus', lastName: 'Garcia', role: 'member', department: 'Research' },
    ],
  },
];

/** Creates the demo organizations and users in one transaction; does nothing if they exist. */
export async function seedDemoData(prisma: PrismaClient): Promise<{ created: boolean }> {
  if (await prisma.user.findUnique({ where: { email: DEMO_SUPERADMIN }, select: { id: true } })) {
    return { created: false };
  }
  // Hashing (about 14 ms each) stays outside the transaction so it holds the connection briefly.
  const emails = [DEMO_SUPERADMIN, ...demoOrgs.flatMap((org) => org.members.map((m) => m.email))];
  const hashes = new Map(await Promise.all(emails.map(async (e) => [e, await hashPassword(DEMO_PASSWORD)] as const)));

  await prisma.$transaction(
    async (tx) => {
      await tx.user.create({
        data: {
          id: newId(),
          email: DEMO_SUPERADMIN,
          passwordHash: hashes.get(DEMO_SUPERADMIN)!,
          firstName: 'Ada',
          lastName: 'Admin',
          isSuperadmin: true,
          status: 'active',
        },
      });
      for (const { departments: departmentNames, members, ...orgInput } of demoOrgs) {
        const { org, roles } = await createOrgRecord(tx, orgInput);
        const departments = new Map<string, string>();
        for (const name of departmentNames) {
          const department = await tx.department.create({ data: { id: newId(), organizationId: org.id, name } });
          departments.set(name, department.id);
        }
        for (const member of members) {
          const user = await tx.user.create({
            data: {
              id: newId(),
              email: member.email,
              passwordHash: hashes.get(member.email)!,
              firstName: member.firstName,
              lastName: member.lastName,
              status: 'active',
            },
          });
          await tx.membership.create({
            data: {
              id: newId(),
              organizationId: org.id,
              userId: user.id,
              roleId: roles[member.role].id,
              departmentId: member.department ? departments.get(member.department) : null,
              status: 'active',
            },
          });
        }
      }
    },
    { timeout: 30_000 },
  );
  return { created: true };
}
