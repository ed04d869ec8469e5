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
export interface TeamPermissions {
  create: boolean;
  update: boolean;
  deactivate: boolean;
  remove: boolean;
  invitations: boolean;
}
export type MemberActionKind = 'edit' | 'deactivate' | 'activate' | 'reset' | 'mfa-reset' | 'remove';
