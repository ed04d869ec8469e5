import { describe, expect, it } from 'vitest';
import { SSO_REQUIRED } from '@/lib/schemas/auth';
import { authOptions } from '@/lib/server/auth/next-auth';
import { db } from '@/lib/server/db';
import { signIn } from '@/lib/test/accounts';
import { addDomain, newDomain, userOn } from '@/lib/test/domain-join';
import { addMember, makeOrg, PASSWORD } from '@/lib/test/factories';

function browserSignIn(email: string) {
  const provider = authOptions().providers[0] as unknown as {
    options: { authorize: (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown> };
  };
  return provider.options.authorize({ email, password: PASSWORD }, { headers: {} });
}

async function ssoOrg() {
  const org = await makeOrg();
  const domain = newDomain();
  await addDomain(org.org.id, domain);
  await db.organization.update({ where: { id: org.org.id }, data: { ssoRequired: true } });
  return { org, domain };
}

describe('ssoRequired', () => {
  it('refuses the password sign-in of a member on the verified domain, in the browser and at the token endpoint', async () => {
    const { org, domain } = await ssoOrg();
    const member = await userOn(domain);
    await addMember(org, member, 'admin');
    const newcomer = await userOn(domain);

    for (const person of [member, newcomer]) {
      const token = await signIn(person.email, PASSWORD);
      expect(token.status).toBe(401);
      expect(token.body.error.message).toBe(SSO_REQUIRED);
      await expect(browserSignIn(person.email)).rejects.toThrow(SSO_REQUIRED);
    }
    // A wrong password still says nothing about the policy.
    const wrong = await signIn(member.email, 'not-the-password');
    expect(wrong.body.error.message).not.toBe(SSO_REQUIRED);
  });

  it('lets the owner sign in with a password, and everyone once the policy is off', async () => {
    const { org, domain } = await ssoOrg();
    const owner = await userOn(domain);
    await addMember(org, owner, 'owner');
    expect((await signIn(owner.email, PASSWORD)).status).toBe(200);
    await expect(browserSignIn(owner.email)).resolves.toMatchObject({ id: owner.id });

    const member = await userOn(domain);
    await addMember(org, member, 'member');
    expect((await signIn(member.email, PASSWORD)).status).toBe(401);
    await db.organization.update({ where: { id: org.org.id }, data: { ssoRequired: false } });
    expect((await signIn(member.email, PASSWORD)).status).toBe(200);
  });

  it('applies only to verified domains, and a deactivated owner membership is no exception', async () => {
    const org = await makeOrg();
    const domain = newDomain();
    await addDomain(org.org.id, domain, 'pending');
    await db.organization.update({ where: { id: org.org.id }, data: { ssoRequired: true } });
    const person = await userOn(domain);
    expect((await signIn(person.email, PASSWORD)).status).toBe(200);

    const strict = await ssoOrg();
    const formerOwner = await userOn(strict.domain);
    await addMember(strict.org, formerOwner, 'owner', { status: 'deactivated' });
    expect((await signIn(formerOwner.email, PASSWORD)).body.error?.message).toBe(SSO_REQUIRED);
  });
});
