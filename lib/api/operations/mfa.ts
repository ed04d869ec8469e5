import { TokenPair } from '@/lib/schemas/auth';
import {
  CodeInput,
  Confirmed,
  ConfirmInput,
  MfaSignInInput,
  MfaStatus,
  MfaTokenInput,
  Passkey,
  PasskeyParams,
  RecoveryCodes,
  RecoveryCodesInput,
  RegisteredPasskey,
  RegisterPasskeyInput,
  RenamePasskeyInput,
  TotpEnrollInput,
  TotpEnrollment,
  WebAuthnOptions,
} from '@/lib/schemas/mfa';
import { defineOperation } from '../operation';

const tag = 'Two-factor authentication';

export const completeMfaSignInOp = defineOperation({
  id: 'completeMfaSignIn',
  method: 'POST',
  path: '/auth/token/mfa',
  summary:
    'Finish a sign-in that answered 401 mfa_required: the mfaToken and a code of the authenticator app, a ' +
    'recovery code, or a passkey answer. A wrong one costs one of 5 tries and counts towards the sign-in lockout',
  tag: 'Auth',
  access: 'public',
  body: MfaSignInInput,
  response: TokenPair,
  errors: [401, 429],
});

export const passkeySignInOptionsOp = defineOperation({
  id: 'passkeySignInOptions',
  method: 'POST',
  path: '/auth/token/mfa/passkey-options',
  summary: "WebAuthn options (a challenge) for finishing a sign-in with one of the account's passkeys",
  tag: 'Auth',
  access: 'public',
  body: MfaTokenInput,
  response: WebAuthnOptions,
  errors: [401, 409],
});

export const getMfaOp = defineOperation({
  id: 'getMfa',
  method: 'GET',
  path: '/me/mfa',
  summary: 'Your second factors, recovery codes left, and which of your organizations require one',
  tag,
  access: 'user',
  response: MfaStatus,
});

export const startTotpOp = defineOperation({
  id: 'startTotp',
  method: 'POST',
  path: '/me/mfa/totp',
  summary: 'Start setting up an authenticator app (needs your password): a secret and its otpauth:// URI',
  tag,
  access: 'user',
  body: TotpEnrollInput,
  response: TotpEnrollment,
  status: 201,
  errors: [409, 429],
});

export const confirmTotpOp = defineOperation({
  id: 'confirmTotp',
  method: 'POST',
  path: '/me/mfa/totp/confirm',
  summary: 'Turn the authenticator app on with its first code; answers ten recovery codes, shown this once',
  tag,
  access: 'user',
  body: CodeInput,
  response: RecoveryCodes,
  errors: [409],
});

export const disableTotpOp = defineOperation({
  id: 'disableTotp',
  method: 'POST',
  path: '/me/mfa/totp/disable',
  summary: 'Turn the authenticator app off, with one of its codes (or a recovery code)',
  tag,
  access: 'user',
  body: CodeInput,
  status: 204,
  errors: [409, 429],
});

export const replaceRecoveryCodesOp = defineOperation({
  id: 'replaceRecoveryCodes',
  method: 'POST',
  path: '/me/mfa/recovery-codes',
  summary: 'A new set of ten recovery codes (the old set dies), with a code of the app or after a recent confirmation',
  tag,
  access: 'user',
  body: RecoveryCodesInput,
  response: RecoveryCodes,
  errors: [409, 429],
});

export const passkeyRegistrationOptionsOp = defineOperation({
  id: 'passkeyRegistrationOptions',
  method: 'POST',
  path: '/me/mfa/passkeys/options',
  summary: 'WebAuthn options for registering a passkey (after a recent confirmation); valid 5 minutes',
  tag,
  access: 'user',
  response: WebAuthnOptions,
});

export const registerPasskeyOp = defineOperation({
  id: 'registerPasskey',
  method: 'POST',
  path: '/me/mfa/passkeys',
  summary: "Keep a passkey: its name and the browser's answer to the options; a first factor brings recovery codes",
  tag,
  access: 'user',
  body: RegisterPasskeyInput,
  response: RegisteredPasskey,
  status: 201,
  errors: [409],
});

export const renamePasskeyOp = defineOperation({
  id: 'renamePasskey',
  method: 'PATCH',
  path: '/me/mfa/passkeys/{passkeyId}',
  summary: 'Rename one of your passkeys',
  tag,
  access: 'user',
  params: PasskeyParams,
  body: RenamePasskeyInput,
  response: Passkey,
  errors: [404],
});

export const deletePasskeyOp = defineOperation({
  id: 'deletePasskey',
  method: 'DELETE',
  path: '/me/mfa/passkeys/{passkeyId}',
  summary: 'Remove one of your passkeys (after a recent confirmation)',
  tag,
  access: 'user',
  params: PasskeyParams,
  status: 204,
  errors: [404],
});

export const confirmIdentityOp = defineOperation({
  id: 'confirmIdentity',
  method: 'POST',
  path: '/me/confirm',
  summary:
    'Confirm who you are with your password or a code of your authenticator app: for 10 minutes this session ' +
    'may disable a factor, create an API key, change or remove an owner and delete an organization',
  tag,
  access: 'user',
  body: ConfirmInput,
  response: Confirmed,
  errors: [429],
});
