/**
 * Platform default e-mail templates. An organization may override subject and
 * body of each (lib/services/email-templates); variables are written {{name}}
 * and only those listed for a template may be used. Links are not variables:
 * a template's action (its button, the link under it and any code) is rendered
 * by the server after the editable text, with the app's own origin, so no
 * edited template can change where a link goes (lib/mail/render.ts).
 */
export const templateCodes = [
  'activation',
  'invitation',
  'invitation_accepted',
  'password_reset',
  'password_changed',
  'account_locked',
  'member_added',
  'signup_attempt',
  'email_change',
  'email_change_notice',
  'role_request_decided',
  'webhook_disabled',
  'mfa_reset',
] as const;
export type TemplateCode = (typeof templateCodes)[number];

export interface TemplateDef {
  description: string;
  variables: string[];
  subject: string;
  body: string;
  /** The button the server adds below the text; `code` also shows a one-time code. */
  action?: { label: string; code?: boolean };
  /**
   * Mails about the account itself (its password, activation, lock, address). An
   * org's wording applies only to a person who belongs to that org alone, and no
   * link of its own may appear in it.
   */
  security?: boolean;
}

const common = ['user.name', 'user.firstName', 'user.email', 'app.name'];

export const defaultTemplates: Record<TemplateCode, TemplateDef> = {
  activation: {
    description: 'Sent after sign-up, to confirm the e-mail address',
    variables: [...common, 'org.name', 'expiresIn'],
    subject: 'Activate your {{app.name}} account',
    body: 'Hello {{user.firstName}},\n\nConfirm your e-mail address to activate the account for {{org.name}} with the button below.\n\nThe link is valid for {{expiresIn}}. If you did not sign up, ignore this e-mail.',
    action: { label: 'Activate your account' },
    security: true,
  },
  invitation: {
    description: 'Invites a person to join an organization',
    variables: [...common, 'org.name', 'inviter.name', 'role.name', 'message', 'expiresIn'],
    subject: '{{inviter.name}} invited you to {{org.name}}',
    body: 'Hello,\n\n{{inviter.name}} invited you to join {{org.name}} as {{role.name}}.\n\n{{message}}\n\nThe invitation is valid for {{expiresIn}}. You join only if you accept it.',
    action: { label: 'See the invitation' },
  },
  invitation_accepted: {
    description: 'Tells the inviter that their invitation was accepted',
    variables: [...common, 'org.name', 'member.name', 'member.email', 'role.name'],
    subject: '{{member.name}} joined {{org.name}}',
    body: 'Hello {{user.firstName}},\n\n{{member.name}} ({{member.email}}) accepted your invitation and joined {{org.name}} as {{role.name}}.',
    action: { label: 'See your invitations' },
  },
  password_reset: {
    description: 'Lets a user choose a new password, by link or by code',
    variables: [...common, 'expiresIn'],
    subject: 'Reset your {{app.name}} password',
    body: 'Hello {{user.firstName}},\n\nSomeone asked to reset the password of your account. To choose a new one, use the button below or enter the code shown with it.\n\nBoth are valid for {{expiresIn}} and work once. If it was not you, ignore this e-mail: your password stays as it is.',
    action: { label: 'Choose a new password', code: true },
    security: true,
  },
  password_changed: {
    description: 'Confirms that the password was changed',
    variables: [...common],
    subject: 'Your {{app.name}} password was changed',
    body: 'Hello {{user.firstName}},\n\nThe password of your account was just changed, and your other sessions were signed out.\n\nIf this was not you, reset your password now.',
    action: { label: 'Reset your password' },
    security: true,
  },
  account_locked: {
    description: 'Sent when repeated failed sign-ins lock an account',
    variables: [...common, 'expiresIn'],
    subject: 'Your {{app.name}} account was locked',
    body: 'Hello {{user.firstName}},\n\nThere were too many failed sign-in attempts on your account, so it is locked for {{expiresIn}}.\n\nIf it was you, unlock it now with the button below. If it was not you, consider changing your password.',
    action: { label: 'Unlock your account' },
    security: true,
  },
  member_added: {
    description: 'Tells a person they were added to an organization',
    variables: [...common, 'org.name', 'inviter.name', 'role.name'],
    subject: 'You were added to {{org.name}}',
    body: 'Hello {{user.firstName}},\n\n{{inviter.name}} added you to {{org.name}} as {{role.name}}.',
    action: { label: 'Open the organization' },
  },
  signup_attempt: {
    description: 'Sent to an existing account when someone signs up with its e-mail',
    variables: [...common],
    subject: 'Someone tried to sign up with your e-mail',
    body: 'Hello {{user.firstName}},\n\nSomeone tried to create a new {{app.name}} account with your e-mail address. You already have an account; nothing was changed.\n\nForgot your password? You can reset it.',
    action: { label: 'Reset your password' },
    security: true,
  },
  email_change: {
    description: 'Sent to the new address to confirm an e-mail change',
    variables: [...common, 'newEmail', 'expiresIn'],
    subject: 'Confirm your new e-mail address',
    body: 'Hello {{user.firstName}},\n\nConfirm that {{newEmail}} should become the e-mail address of your account, with the button below.\n\nThe link is valid for {{expiresIn}}.',
    action: { label: 'Confirm the new address' },
    security: true,
  },
  email_change_notice: {
    description: 'Sent to the old address when an e-mail change is requested',
    variables: [...common, 'newEmail'],
    subject: 'Your e-mail address is about to change',
    body: 'Hello {{user.firstName}},\n\nSomeone asked to change the e-mail address of your account to {{newEmail}}. It changes only when the link sent to the new address is used.\n\nIf this was not you, change your password now.',
    security: true,
  },
  role_request_decided: {
    description: 'Tells a member how their role request was decided (approved or rejected, with the note)',
    variables: [...common, 'org.name', 'role.name', 'decision', 'note', 'reviewer.name'],
    subject: 'Your request for the {{role.name}} role in {{org.name}} was {{decision}}',
    body: 'Hello {{user.firstName}},\n\n{{reviewer.name}} {{decision}} your request for the {{role.name}} role in {{org.name}}.\n\n{{note}}',
    action: { label: 'See your requests' },
  },
  mfa_reset: {
    description: 'Tells a member that an admin removed their two-factor methods',
    variables: [...common, 'org.name', 'admin.name'],
    subject: 'Your two-factor authentication was reset',
    body: 'Hello {{user.firstName}},\n\n{{admin.name}} of {{org.name}} removed the two-factor methods of your account (authenticator app, passkeys and recovery codes). You sign in with your password alone until you set up a new one with the button below.\n\nIf you did not ask for this, contact {{org.name}} and change your password.',
    action: { label: 'Set up two-factor authentication' },
    security: true,
  },
  webhook_disabled: {
    description: "Tells the org's webhook managers that an endpoint was disabled (410 Gone, or failing for 24 hours)",
    variables: [...common, 'org.name', 'webhook.url', 'reason'],
    subject: 'A webhook endpoint of {{org.name}} was disabled',
    body: 'Hello {{user.firstName}},\n\nThe webhook endpoint {{webhook.url}} of {{org.name}} was disabled: {{reason}}\n\nNo more events are sent to it. Fix the receiver, then enable the endpoint again and retry the failed deliveries.',
    action: { label: 'Open the endpoint' },
  },
};

export type TemplateVars = Record<string, string | null | undefined>;

export const VARIABLE = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

/** The variables a subject or body uses that its template does not offer. */
export function unknownVariables(code: TemplateCode, text: string): string[] {
  const allowed = new Set(defaultTemplates[code].variables);
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]!))].filter((v) => !allowed.has(v));
}

/** Text that would put a link of its own into a mail (refused in security templates). */
const LINK_LIKE = /\b(?:https?:\/\/|www\.)|\b[a-z0-9-]+\.[a-z]{2,}\/\S/i;

/** Why a subject or body cannot be saved for `code`, if it cannot. */
export function templateTextProblem(code: TemplateCode, text: string): string | null {
  const unknown = unknownVariables(code, text);
  if (unknown.some((v) => v === 'link' || v === 'code')) {
    return 'Links and codes are not variables: the platform adds the button, its link and any code below your text';
  }
  if (unknown.length) {
    return `Unknown variable${unknown.length > 1 ? 's' : ''}: ${unknown.map((v) => `{{${v}}}`).join(', ')}`;
  }
  if (defaultTemplates[code].security && LINK_LIKE.test(text)) {
    return 'This message is about the account itself, so it cannot carry links: the platform adds its own below';
  }
  return null;
}
