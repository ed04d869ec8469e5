import { AppError } from '@/lib/server/errors';

/** A sign-in through an identity provider that is refused: 401 with what went wrong, for the admin too. */
export const ssoRefused = (message: string) => new AppError('unauthenticated', message);

/**
 * A protocol library's refusal (openid-client, node-saml) as our 401: its reason is kept for the
 * admin's "last error", prefixed so that the person sees it came from checking the IdP's answer.
 */
export function refusedAnswer(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return ssoRefused(`The identity provider's answer was refused: ${reasonOf(error)}`);
}

/** A library error's message with what its cause or an OAuth error body adds (the detail is there). */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const body = error as Error & { error?: unknown; error_description?: unknown };
  const oauth = [body.error, body.error_description].filter((v) => typeof v === 'string').join(': ');
  const cause = error.cause instanceof Error && error.cause.message !== error.message ? error.cause.message : '';
  return [error.message, oauth, cause].filter(Boolean).join(' — ').slice(0, 400);
}
