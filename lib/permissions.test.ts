import { describe, expect, it } from 'vitest';
import { allPermissions, builtInRoles, isPermission } from './permissions';

describe('permission catalog', () => {
  it('lists the permissions of PRODUCT.md', () => {
    expect(allPermissions).toHaveLength(30);
    expect(allPermissions).toContain('role_requests.review');
    expect(allPermissions).toContain('webhooks.manage');
    expect(allPermissions).toContain('scim.provision');
    expect(allPermissions).toContain('domains.manage');
    expect(allPermissions).toContain('sso.manage');
    expect(builtInRoles.member.permissions).toContain('teams.read');
    expect(builtInRoles.member.permissions).not.toContain('webhooks.manage');
    expect(builtInRoles.member.permissions).not.toContain('domains.manage');
    expect(builtInRoles.member.permissions).not.toContain('sso.manage');
    expect(isPermission('org.delete')).toBe(true);
    expect(isPermission('org.destroy')).toBe(false);
  });

  it('gives owners everything, admins everything but org.delete, members read access', () => {
    expect(builtInRoles.owner.permissions).toEqual(allPermissions);
    expect(builtInRoles.admin.permissions).toEqual(allPermissions.filter((p) => p !== 'org.delete'));
    expect(builtInRoles.member.permissions.every((p) => p.endsWith('.read'))).toBe(true);
  });
});
