import { z } from 'zod';
import { Email } from './auth';
import { IdParam } from './list';
import { MfaMethod } from './mfa';
import { NewPassword } from './password';
import { nameText } from './text';

const Name = (what: string) => nameText(what, 100);

/** A link token from a mailed URL. */
export const LinkToken = z.string({ error: 'The token is missing' }).trim().min(1, 'The token is missing').max(200);

/** The 6-digit code of a password-reset e-mail. */
export const ResetCode = z
  .string({ error: 'Enter the 6-digit code from the e-mail' })
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code from the e-mail');

/** A password being checked (not set): any length the policy could ever have produced. */
const CurrentPassword = (message: string) => z.string({ error: message }).min(1, message).max(1024);

export const SignUpInput = z.object({
  firstName: Name('First name'),
  lastName: Name('Last name'),
  email: Email,
  password: NewPassword,
  organizationName: Name('Organization name'),
  acceptTerms: z.literal(true, { error: 'Accept the terms and conditions to continue' }),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

/** The same reply whether or not the e-mail was already registered: it never carries ids. */
export const SignUpResult = z.object({ status: z.literal('pending_activation'), email: z.string() });
export type SignUpResult = z.infer<typeof SignUpResult>;

export const ActivateInput = z.object({ token: LinkToken });
export const EmailOnlyInput = z.object({ email: Email });
export type EmailOnlyInput = z.infer<typeof EmailOnlyInput>;

/** A 202 reply that says the same thing whatever the server found. */
export const Accepted = z.object({ message: z.string() });
export type Accepted = z.infer<typeof Accepted>;

/** Reset by the link's token, or by e-mail and code. */
export const ResetPasswordInput = z
  .object({
    token: LinkToken.optional(),
    email: Email.optional(),
    code: ResetCode.optional(),
    newPassword: NewPassword,
  })
  .superRefine((value, ctx) => {
    if (value.token) return;
    if (!value.email && !value.code) {
      ctx.addIssue({
        code: 'custom',
        path: ['token'],
        message: 'Send the token from the link, or your e-mail and the code',
      });
      return;
    }
    if (!value.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'E-mail is required' });
    if (!value.code)
      ctx.addIssue({ code: 'custom', path: ['code'], message: 'Enter the 6-digit code from the e-mail' });
  });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

export const ChangePasswordInput = z.object({
  currentPassword: CurrentPassword('Enter your current password'),
  newPassword: NewPassword,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const ChangeEmailInput = z.object({
  newEmail: Email,
  password: CurrentPassword('Enter your password'),
});
export type ChangeEmailInput = z.infer<typeof ChangeEmailInput>;

export const ConfirmEmailInput = z.object({ token: LinkToken });

export const SessionItem = z.object({
  id: z.string(),
  kind: z.enum(['browser', 'api']),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  createdAt: z.string(),
  lastActiveAt: z.string(),
  current: z.boolean().describe('The session this request was made with'),
  secondFactor: z
    .object({ method: MfaMethod, at: z.string() })
    .nullable()
    .describe('The second factor this sign-in was made with, and when; null for a password alone'),
});
export type SessionItem = z.infer<typeof SessionItem>;
export const SessionList = z.object({ data: z.array(SessionItem) });
export type SessionList = z.infer<typeof SessionList>;
export const SessionParams = z.object({ sessionId: IdParam });

// ---- Browser forms: the API schemas plus a repeated password, checked only in the browser. ----

const MISMATCH = 'The passwords do not match';

function confirmed<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>, field: keyof Shape & string) {
  const withConfirmation = schema.extend({ confirmPassword: z.string() });
  const matches = (value: Record<string, unknown>) => value[field] === value.confirmPassword;
  return withConfirmation.refine((value) => matches(value as Record<string, unknown>), {
    path: ['confirmPassword'],
    message: MISMATCH,
    // Report a mismatch even while other fields still have errors.
    when: (payload) => {
      const value = payload.value as Record<string, unknown> | undefined;
      return typeof value?.[field] === 'string' && typeof value?.confirmPassword === 'string';
    },
  });
}

export const SignUpForm = confirmed(SignUpInput, 'password');
export const ResetByLinkForm = confirmed(z.object({ token: LinkToken, newPassword: NewPassword }), 'newPassword');
export const ResetByCodeForm = confirmed(
  z.object({ email: Email, code: ResetCode, newPassword: NewPassword }),
  'newPassword',
);
export const ChangePasswordForm = confirmed(ChangePasswordInput, 'newPassword');
