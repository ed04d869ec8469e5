import type { MailAction } from '@/lib/mail/render';
import type { TemplateCode, TemplateVars } from '@/lib/mail/templates';

export interface SampleContext {
  orgName: string;
  appName: string;
  appUrl: string;
}

/** The page each template's button opens, so the preview's link looks like the real one. */
const linkPath: Partial<Record<TemplateCode, string>> = {
  activation: '/activate?token=sample-token',
  invitation: '/invite/sample-token',
  password_reset: '/reset-password?token=sample-token',
  password_changed: '/forgot-password',
  account_locked: '/unlock?token=sample-token',
  signup_attempt: '/forgot-password',
  email_change: '/confirm-email?token=sample-token',
  role_request_decided: '/account',
  invitation_accepted: '/o/sample/invitations?status=accepted',
  member_added: '/o/sample',
  mfa_reset: '/account#security',
  webhook_disabled: '/o/sample/settings/webhooks',
};

/** The action the platform adds below the text, with a made-up link and code. */
export function sampleAction(code: TemplateCode, ctx: SampleContext): MailAction {
  return { url: `${ctx.appUrl.replace(/\/+$/, '')}${linkPath[code] ?? '/'}`, code: '482913' };
}

const expiresIn: Partial<Record<TemplateCode, string>> = {
  activation: '24 hours',
  invitation: '7 days',
  password_reset: '30 minutes',
  account_locked: '15 minutes',
  email_change: '24 hours',
};

/** Made-up values for a template's variables, for the live preview (never sent anywhere). */
export function sampleValues(code: TemplateCode, variables: string[], ctx: SampleContext): TemplateVars {
  const known: Record<string, string> = {
    'user.name': 'Jane Doe',
    'user.firstName': 'Jane',
    'user.email': 'jane.doe@example.com',
    'app.name': ctx.appName,
    'org.name': ctx.orgName,
    'inviter.name': 'Sam Carter',
    'role.name': 'Member',
    message: 'Welcome aboard! We are glad to have you.',
    expiresIn: expiresIn[code] ?? '24 hours',
    newEmail: 'jane.new@example.com',
    decision: 'approved',
    note: 'Welcome to the team of reviewers.',
    'reviewer.name': 'Sam Carter',
    'admin.name': 'Sam Carter',
    'webhook.url': 'https://hooks.example.com/portal',
    reason: 'it answered 500 to every attempt for 24 hours.',
  };
  return Object.fromEntries(variables.map((name) => [name, known[name] ?? `[${name}]`]));
}
