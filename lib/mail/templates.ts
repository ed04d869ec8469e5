/**
 * Platform default e-mail templates. An organization may override subject and
 * body of each (lib/services/email-templates); variables are written {{name}}
 * and only those listed for a template may be used.
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
] as const;
export type TemplateCode = (typeof templateCodes)[number];

export interface TemplateDef {
  description: string;
  variables: string[];
  subject: string;
  body: string;
}

const common = ['user.name', 'user.firstName', 'user.email', 'app.name'];

export const defaultTemplates: Record<TemplateCode, TemplateDef> = {
  activation: {
    description: 'Sent after sign-up, to confirm the e-mail address',
    variables: [...common, 'org.name', 'link', 'expiresIn'],
    subject: 'Activate your {{app.name}} account',
    body: 'Hello {{user.firstName}},\n\nConfirm your e-mail address to activate the account for {{org.name}}:\n\n{{link}}\n\nThe link is valid for {{expiresIn}}. If you did not sign up, ignore this e-mail.',
  },
  invitation: {
    description: 'Invites a person to join an organization',
    variables: [...common, 'org.name', 'inviter.name', 'role.name', 'message', 'link', 'expiresIn'],
    subject: '{{inviter.name}} invited you to {{org.name}}',
    body: 'Hello,\n\n{{inviter.name}} invited you to join {{org.name}} as {{role.name}}.\n\n{{message}}\n\nAccept the invitation:\n\n{{link}}\n\nThe link is valid for {{expiresIn}}.',
  },
  invitation_accepted: {
    description: 'Tells the inviter that their invitation was accepted',
    variables: [...common, 'org.name', 'member.name', 'member.email', 'role.name', 'link'],
    subject: '{{member.name}} joined {{org.name}}',
    body: 'Hello {{user.firstName}},\n\n{{member.name}} ({{member.email}}) accepted your invitation and joined {{org.name}} as {{role.name}}.\n\nSee your invitations: {{link}}',
  },
  password_reset: {
    description: 'Lets a user choose a new password, by link or by code',
    variables: [...common, 'link', 'code', 'expiresIn'],
    subject: 'Reset your {{app.name}} password',
    body: 'Hello {{user.firstName}},\n\nSomeone asked to reset the password of your account. To choose a new one, open:\n\n{{link}}\n\nor enter this code: {{code}}\n\nBoth are valid for {{expiresIn}} and work once. If it was not you, ignore this e-mail: your password stays as it is.',
  },
  password_changed: {
    description: 'Confirms that the password was changed',
    variables: [...common, 'link'],
    subject: 'Your {{app.name}} password was changed',
    body: 'Hello {{user.firstName}},\n\nThe password of your account was just changed, and your other sessions were signed out.\n\nIf this was not you, reset your password now: {{link}}',
  },
  account_locked: {
    description: 'Sent when repeated failed sign-ins lock an account',
    variables: [...common, 'link', 'expiresIn'],
    subject: 'Your {{app.name}} account was locked',
    body: 'Hello {{user.firstName}},\n\nThere were too many failed sign-in attempts on your account, so it is locked for {{expiresIn}}.\n\nIf it was you, unlock it now:\n\n{{link}}\n\nIf it was not you, consider changing your password.',
  },
  member_added: {
    description: 'Tells a person they were added to an organization',
    variables: [...common, 'org.name', 'inviter.name', 'role.name', 'link'],
    subject: 'You were added to {{org.name}}',
    body: 'Hello {{user.firstName}},\n\n{{inviter.name}} added you to {{org.name}} as {{role.name}}.\n\nOpen it: {{link}}',
  },
  signup_attempt: {
    description: 'Sent to an existing account when someone signs up with its e-mail',
    variables: [...common, 'link'],
    subject: 'Someone tried to sign up with your e-mail',
    body: 'Hello {{user.firstName}},\n\nSomeone tried to create a new {{app.name}} account with your e-mail address. You already have an account; nothing was changed.\n\nForgot your password? Reset it here: {{link}}',
  },
  email_change: {
    description: 'Sent to the new address to confirm an e-mail change',
    variables: [...common, 'newEmail', 'link', 'expiresIn'],
    subject: 'Confirm your new e-mail address',
    body: 'Hello {{user.firstName}},\n\nConfirm that {{newEmail}} should become the e-mail address of your account:\n\n{{link}}\n\nThe link is valid for {{expiresIn}}.',
  },
  email_change_notice: {
    description: 'Sent to the old address when an e-mail change is requested',
    variables: [...common, 'newEmail'],
    subject: 'Your e-mail address is about to change',
    body: 'Hello {{user.firstName}},\n\nSomeone asked to change the e-mail address of your account to {{newEmail}}. It changes only when the link sent to the new address is used.\n\nIf this was not you, change your password now.',
  },
  role_request_decided: {
    description: 'Tells a member how their role request was decided (approved or rejected, with the note)',
    variables: [...common, 'org.name', 'role.name', 'decision', 'note', 'reviewer.name', 'link'],
    subject: 'Your request for the {{role.name}} role in {{org.name}} was {{decision}}',
    body: 'Hello {{user.firstName}},\n\n{{reviewer.name}} {{decision}} your request for the {{role.name}} role in {{org.name}}.\n\n{{note}}\n\nSee your requests: {{link}}',
  },
  webhook_disabled: {
    description: "Tells the org's webhook managers that an endpoint was disabled after failing for 24 hours",
    variables: [...common, 'org.name', 'webhook.url', 'reason', 'link'],
    subject: 'A webhook endpoint of {{org.name}} was disabled',
    body: 'Hello {{user.firstName}},\n\nThe webhook endpoint {{webhook.url}} of {{org.name}} was disabled: {{reason}}\n\nNo more events are sent to it. Fix the receiver, then enable the endpoint again and retry the failed deliveries:\n\n{{link}}',
  },
};

export type TemplateVars = Record<string, string | null | undefined>;

const VARIABLE = /\{\{\s*([a-zA-Z][\w.]*)\s*\}\}/g;

/** The variables a subject or body uses that its template does not offer. */
export function unknownVariables(code: TemplateCode, text: string): string[] {
  const allowed = new Set(defaultTemplates[code].variables);
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]!))].filter((v) => !allowed.has(v));
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function fill(text: string, vars: TemplateVars, encode: (s: string) => string): string {
  return text.replace(VARIABLE, (_, name: string) => encode(vars[name] ?? ''));
}

const URL_RE = /(https?:\/\/[^\s<]+)/g;

/** Renders a template into subject, plain text and HTML. Values are HTML-escaped in the HTML part. */
export function renderTemplate(t: { subject: string; body: string }, vars: TemplateVars) {
  const subject = fill(t.subject, vars, (s) => s.replace(/[\r\n]+/g, ' ')).trim();
  const text = fill(t.body, vars, (s) => s);
  const html = escapeHtml(t.body)
    .split(/\n{2,}/)
    .map(
      (para) => `<p>${fill(para, vars, escapeHtml).replace(/\n/g, '<br>').replace(URL_RE, '<a href="$1">$1</a>')}</p>`,
    )
    .join('\n');
  return {
    subject,
    text,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${html}</body></html>`,
  };
}
