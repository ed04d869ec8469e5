import {
  Accepted,
  ActivateInput,
  ChangeEmailInput,
  ChangePasswordInput,
  ConfirmEmailInput,
  EmailOnlyInput,
  ResetPasswordInput,
  SessionList,
  SessionParams,
  SignUpInput,
  SignUpResult,
} from '@/lib/schemas/account';
import { defineOperation } from '../operation';

export const signUpOp = defineOperation({
  id: 'signUp',
  method: 'POST',
  path: '/auth/signup',
  summary:
    'Sign up a company admin and their organization; the account waits for the mailed activation link (48 hours). ' +
    'The reply is the same whether or not the e-mail is already registered. 404 when sign-up is closed',
  tag: 'Account',
  access: 'public',
  body: SignUpInput,
  response: SignUpResult,
  status: 201,
  errors: [404, 429],
});

export const activateAccountOp = defineOperation({
  id: 'activateAccount',
  method: 'POST',
  path: '/auth/activate',
  summary: 'Activate an account with the token of the activation link; an expired or used token is a 422 on `token`',
  tag: 'Account',
  access: 'public',
  body: ActivateInput,
  status: 204,
});

export const resendActivationOp = defineOperation({
  id: 'resendActivation',
  method: 'POST',
  path: '/auth/activate/resend',
  summary: 'Mail a new activation link to an account that is still pending; always 202',
  tag: 'Account',
  access: 'public',
  body: EmailOnlyInput,
  response: Accepted,
  status: 202,
  errors: [429],
});

export const forgotPasswordOp = defineOperation({
  id: 'forgotPassword',
  method: 'POST',
  path: '/auth/password/forgot',
  summary: 'Mail a reset link and a 6-digit code (both valid 30 minutes, single use); the same 202 for every address',
  tag: 'Account',
  access: 'public',
  body: EmailOnlyInput,
  response: Accepted,
  status: 202,
  errors: [429],
});

export const resetPasswordOp = defineOperation({
  id: 'resetPassword',
  method: 'POST',
  path: '/auth/password/reset',
  summary:
    'Set a new password with the link token, or with e-mail and code (5 tries per code). ' +
    'Every session and refresh token of the account ends',
  tag: 'Account',
  access: 'public',
  body: ResetPasswordInput,
  status: 204,
  errors: [429],
});

export const changePasswordOp = defineOperation({
  id: 'changePassword',
  method: 'POST',
  path: '/me/password',
  summary: 'Change your password (needs the current one); your other sessions and refresh tokens end',
  tag: 'Account',
  access: 'user',
  body: ChangePasswordInput,
  status: 204,
  errors: [429],
});

export const requestEmailChangeOp = defineOperation({
  id: 'requestEmailChange',
  method: 'POST',
  path: '/me/email',
  summary:
    'Ask to change your e-mail address (needs your password): the new address gets a confirmation link (24 hours), ' +
    'the old one a notice',
  tag: 'Account',
  access: 'user',
  body: ChangeEmailInput,
  response: Accepted,
  status: 202,
  errors: [429],
});

export const confirmEmailChangeOp = defineOperation({
  id: 'confirmEmailChange',
  method: 'POST',
  path: '/me/email/confirm',
  summary: 'Confirm an e-mail change with the token of the link; 409 if another account took the address meanwhile',
  tag: 'Account',
  access: 'user',
  body: ConfirmEmailInput,
  status: 204,
  errors: [409],
});

export const listSessionsOp = defineOperation({
  id: 'listSessions',
  method: 'GET',
  path: '/me/sessions',
  summary: 'Your active sessions (browser sign-ins and API token sessions), the current one marked',
  tag: 'Account',
  access: 'user',
  response: SessionList,
});

export const revokeSessionOp = defineOperation({
  id: 'revokeSession',
  method: 'DELETE',
  path: '/me/sessions/{sessionId}',
  summary: 'Sign one of your sessions out at once',
  tag: 'Account',
  access: 'user',
  params: SessionParams,
  status: 204,
  errors: [404],
});

export const revokeOtherSessionsOp = defineOperation({
  id: 'revokeOtherSessions',
  method: 'DELETE',
  path: '/me/sessions',
  summary: 'Sign out everywhere else: every session but the one making this request ends',
  tag: 'Account',
  access: 'user',
  status: 204,
});
