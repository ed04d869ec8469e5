import { describe, expect, it } from 'vitest';
import { builtInRoles } from '@/lib/permissions';
import { type Caller, canAssign, cellLock, moduleState, roleLock, setPermission, toggleModule } from './matrix-state';

const admin: Caller = {
  canWrite: true,
  canSeeMembers: true,
  isOwner: false,
  permissions: builtInRoles.admin.permissions,
};
const members = ['members.read', 'members.create', 'members.update', 'members.deactivate', 'members.delete'];

describe('the permission matrix state', () => {
  it('locks the owner role, roles above the caller, and everything for a reader', () => {
    expect(roleLock({ key: 'owner', permissions: [] }, admin)).toContain('owner role');
    expect(roleLock({ key: 'x', permissions: ['org.delete'] }, admin)).toContain('org.delete');
    expect(roleLock({ key: 'x', permissions: ['members.read'] }, admin)).toBeNull();
    expect(roleLock({ key: 'x', permissions: [] }, { ...admin, canWrite: false })).toContain('roles.write');
    expect(cellLock({ key: 'x', permissions: [] }, 'org.delete', admin)).toContain('do not hold org.delete');
    expect(cellLock({ key: 'x', permissions: [] }, 'org.read', admin)).toBeNull();
  });

  it('toggles one permission in catalog order and a whole module', () => {
    expect(setPermission(['members.read'], 'org.read', true)).toEqual(['org.read', 'members.read']);
    expect(setPermission(['org.read', 'members.read'], 'org.read', false)).toEqual(['members.read']);

    const some = ['org.read', 'members.read'];
    expect(moduleState(some, members)).toBe('some');
    const all = toggleModule(some, members, () => true);
    expect(all).toEqual(['org.read', ...members]);
    expect(moduleState(all, members)).toBe('all');
    expect(toggleModule(all, members, () => true)).toEqual(['org.read']);
    // Only what the caller may change moves.
    const org = ['org.read', 'org.update', 'org.delete'];
    expect(toggleModule([], org, (p) => p !== 'org.delete')).toEqual(['org.read', 'org.update']);
    expect(toggleModule(['org.read', 'org.update', 'org.delete'], org, (p) => p !== 'org.delete')).toEqual([
      'org.delete',
    ]);
  });

  it('lets only owners move people to the owner role', () => {
    expect(canAssign({ key: 'owner', permissions: [] }, admin)).toBe(false);
    expect(canAssign({ key: 'owner', permissions: [] }, { ...admin, isOwner: true })).toBe(true);
    expect(canAssign({ key: 'member', permissions: builtInRoles.member.permissions }, admin)).toBe(true);
  });
});
