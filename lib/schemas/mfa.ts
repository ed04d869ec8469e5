import { z } from 'zod';
import { IdParam } from './list';

/** The ways a sign-in can finish its second step. */
export const mfaMethods = ['totp', 'passkey', 'recovery_code'] as const;
export const MfaMethod = z.enum(mfaMethods);
export type MfaMethod = z.infer<typeof MfaMethod>;

const password = (message: string) => z.string({ error: message }).min(1, message).max(1024);

/** A 6-digit code of the authenticator app or a recovery code; spaces and dashes are ignored. */
export const MfaCode = z
  .string({ error: 'Enter the code' })
  .trim()
  .min(1, 'Enter the code')
  .max(64, 'That code is too long')
  .transform((v) => v.replace(/[\s-]/g, '').toLowerCase());

/** A browser's answer to a WebAuthn ceremony, checked in full by @simplewebauthn/server. */
const WebAuthnResponse = z.looseObject({
  id: z.string().min(1).max(1024),
  rawId: z.string().min(1).max(1024),
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: z.string().max(16_384) }),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
});

/** WebAuthn options for `startRegistration` / `startAuthentication` of @simplewebauthn/browser. */
export const WebAuthnOptions = z.object({ options: z.record(z.string(), z.unknown()) });

export const Passkey = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type Passkey = z.infer<typeof Passkey>;

export const MfaStatus = z.object({
  totp: z.object({ enabled: z.boolean() }),
  passkeys: z.array(Passkey),
  recoveryCodesLeft: z.number().int(),
  requiredBy: z
    .array(z.object({ id: z.string(), slug: z.string(), name: z.string() }))
    .describe('Your organizations that require a second factor'),
});
export type MfaStatus = z.infer<typeof MfaStatus>;

export const TotpEnrollInput = z.object({ currentPassword: password('Enter your current password') });
export const TotpEnrollment = z.object({
  secret: z.string().describe('Base32; type it into the app if the QR code cannot be scanned'),
  otpauthUri: z.string().describe('otpauth://totp/… for a QR code'),
});
export type TotpEnrollment = z.infer<typeof TotpEnrollment>;

export const CodeInput = z.object({ code: MfaCode });
export const RecoveryCodesInput = z.object({
  code: MfaCode.optional().describe('A code of your authenticator app; without one, a recent confirmation'),
});
export const RecoveryCodes = z.object({
  recoveryCodes: z.array(z.string()).describe('Shown this once; each works once'),
});
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

const PasskeyName = z
  .string({ error: 'Name the passkey' })
  .trim()
  .min(1, 'Name the passkey')
  .max(64, 'At most 64 characters');
export const RegisterPasskeyInput = z.object({ name: PasskeyName, response: WebAuthnResponse });
export const RegisteredPasskey = z.object({
  passkey: Passkey,
  recoveryCodes: z.array(z.string()).nullable().describe('A first set when this is your first factor; else null'),
});
export const RenamePasskeyInput = z.object({ name: PasskeyName });
export const PasskeyParams = z.object({ passkeyId: IdParam });

export const ConfirmInput = z
  .object({
    password: password('Enter your password').optional(),
    code: MfaCode.optional().describe('A code of your authenticator app'),
  })
  .refine((v) => (v.password === undefined) !== (v.code === undefined), {
    path: ['password'],
    message: 'Enter your password or a code of your authenticator app',
  });
export const Confirmed = z.object({ confirmedUntil: z.string() });

export const MfaTokenInput = z.object({ mfaToken: z.string().min(1, 'mfaToken is required').max(200) });
export const MfaSignInInput = MfaTokenInput.extend({
  code: MfaCode.optional().describe('A code of the authenticator app or a recovery code'),
  passkey: WebAuthnResponse.optional().describe('The answer of startAuthentication to POST …/passkey-options'),
}).refine((v) => (v.code === undefined) !== (v.passkey === undefined), {
  path: ['code'],
  message: 'Send a code or a passkey answer',
});
export type MfaSignInInput = z.output<typeof MfaSignInInput>;

/** The settings page's form of the org policy (PATCH /organizations/{orgId} `requireMfa` in the API). */
export const MfaPolicyInput = z.object({ requireMfa: z.boolean({ error: 'Choose whether to require it' }) });

/** The 401 of POST /auth/token for an account with a second factor. */
export const MfaRequired = z.object({
  error: z.object({ code: z.literal('mfa_required'), message: z.string() }),
  mfaToken: z.string().describe('For POST /auth/token/mfa: valid 5 minutes, once, for 5 tries'),
  methods: z.array(MfaMethod),
});
export type MfaRequired = z.infer<typeof MfaRequired>;
