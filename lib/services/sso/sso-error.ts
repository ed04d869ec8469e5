import { AppError } from '@/lib/server/errors';

/** A sign-in through an identity provider that is refused: 401 with what went wrong, for the admin too. */
export const ssoRefused = (message: string) => new AppError('unauthenticated', message);

/**
 * A protocol library's refusal (openid-client, node-saml) as our 401: its reason is kept for the
 * admin's "last error", prefixed so that the person sees it came from checking the IdP's answer.
 */
export function refusedAnswer(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return ssoRefused(`The identity provider's answer was refused: ${reason}`);
}
