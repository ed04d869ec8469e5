import { describe, expect, it } from 'vitest';
import type { Member } from '@/lib/schemas/member';
import { memberActions } from './member-actions';
import type { MemberPermissions } from './types';

const mia: Member = {
  userId: 'u1',
  email: 'mia@example.test',
  firstName: 'Mia',
  lastName: 'Meyer',
  jobTitle: null,
  phone: null,
  country: null,
  role: { id: 'r-member', key: 'member', name: 'Member' },
  department: null,
  status: 'active',
  invitedBy: null,
  joinedAt: '2026-01-01T00:00:00.000Z',
  lastLoginAt: null,
  lastSeenAt: null,
  avatarUrl: null,
  mfaEnabled: false,
};
const admin: MemberPermissions = { update: true, deactivate: true, remove: true, resetPassword: true, resetMfa: true };
const none: MemberPermissions = {
  update: false,
  deactivate: false,
  remove: false,
  resetPassword: false,
  resetMfa: false,
};
const kinds = (member: Member, opts: { can: MemberPermissions; manageable: boolean; self: boolean }) =>
  memberActions(member, opts).map((a) => a.kind);

describe('the actions offered on a member', () => {
  it('offers an admin everything on a member they may manage, Activate for a deactivated one', () => {
    expect(kinds(mia, { can: admin, manageable: true, self: false })).toEqual([
      'edit',
      'reset',
      'deactivate',
      'remove',
    ]);
    expect(
      kinds({ ...mia, status: 'deactivated', mfaEnabled: true }, { can: admin, manageable: true, self: false }),
    ).toEqual(['edit', 'reset', 'mfa-reset', 'activate', 'remove']);
  });

  it('offers nothing without the permissions, nor on a member above the caller (an owner, for an admin)', () => {
    expect(kinds(mia, { can: none, manageable: true, self: false })).toEqual([]);
    expect(kinds(mia, { can: admin, manageable: false, self: false })).toEqual([]);
  });

  it('lets nobody deactivate themselves or reset their own second factor, but reset their own password', () => {
    const self = { ...mia, mfaEnabled: true };
    expect(kinds(self, { can: admin, manageable: true, self: true })).toEqual(['edit', 'reset', 'remove']);
    expect(kinds(self, { can: admin, manageable: false, self: true })).toEqual(['reset']);
  });

  it('asks each operation for its own action', () => {
    expect(kinds(mia, { can: { ...none, resetPassword: true }, manageable: true, self: false })).toEqual(['reset']);
    expect(kinds(mia, { can: { ...none, deactivate: true }, manageable: true, self: false })).toEqual(['deactivate']);
  });
});
