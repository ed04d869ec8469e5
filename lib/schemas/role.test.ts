import { describe, expect, it } from 'vitest';
import { CreateRoleInput, roleKeyFrom } from './role';

describe('role keys and input', () => {
  it('derives a lowercase slug from the name', () => {
    expect(roleKeyFrom('Sales Lead (EU)')).toBe('sales-lead-eu');
    expect(roleKeyFrom('  Équipe   RH ')).toBe('equipe-rh');
    expect(roleKeyFrom('!!!')).toBe('');
    expect(roleKeyFrom('x'.repeat(80))).toHaveLength(50);
  });

  it('keeps catalog permissions once, in catalog order, and names unknown ones', () => {
    const ok = CreateRoleInput.parse({
      name: 'R',
      permissions: ['invitations.create', 'members.read', 'members.read'],
    });
    expect(ok.permissions).toEqual(['members.read', 'invitations.create']);
    const bad = CreateRoleInput.safeParse({ name: 'R', key: 'Bad Key', permissions: ['members.fly'] });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^key: Use lowercase/),
        'permissions.0: Unknown permission: members.fly',
      ]),
    );
  });
});
