import { RefreshInput, SignInInput, TokenPair, VerifyInput, VerifyResult } from '@/lib/schemas/auth';
import { defineOperation } from '../operation';

export const issueTokenOp = defineOperation({
  id: 'issueToken',
  method: 'POST',
  path: '/auth/token',
  summary: 'Exchange an e-mail and password for an access token and a refresh token',
  tag: 'Auth',
  access: 'public',
  body: SignInInput,
  response: TokenPair,
  errors: [401],
});

export const refreshTokenOp = defineOperation({
  id: 'refreshToken',
  method: 'POST',
  path: '/auth/token/refresh',
  summary: 'Rotate a refresh token: the old one dies; reusing a dead one revokes its whole family',
  tag: 'Auth',
  access: 'public',
  body: RefreshInput,
  response: TokenPair,
  errors: [401],
});

export const verifyTokenOp = defineOperation({
  id: 'verifyToken',
  method: 'POST',
  path: '/auth/token/verify',
  summary: 'Check an access token',
  tag: 'Auth',
  access: 'public',
  body: VerifyInput,
  response: VerifyResult,
  errors: [401],
});

export const logoutOp = defineOperation({
  id: 'logout',
  method: 'POST',
  path: '/auth/logout',
  summary: "End a refresh token's session; its access tokens stop working at once",
  tag: 'Auth',
  access: 'public',
  body: RefreshInput,
  status: 204,
});
