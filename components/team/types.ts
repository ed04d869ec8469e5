export interface RoleChoice {
  id: string;
  key: string;
  name: string;
  /** The caller may act on members of this role and assign it. */
  manageable: boolean;
}
export interface DepartmentChoice {
  id: string;
  name: string;
}
/** What the caller may do to one member (each from `can(ctx, op)` of the operation that does it). */
export interface MemberPermissions {
  update: boolean;
  deactivate: boolean;
  remove: boolean;
  resetPassword: boolean;
  resetMfa: boolean;
}
export interface TeamPermissions extends MemberPermissions {
  create: boolean;
  invitations: boolean;
}
export type MemberActionKind = 'edit' | 'deactivate' | 'activate' | 'reset' | 'mfa-reset' | 'remove';
