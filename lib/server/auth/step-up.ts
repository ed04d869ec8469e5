import 'server-only';
import { AppError } from '../errors';
import type { Principal } from './principal';

/** How long a sign-in or a confirmation (POST /me/confirm) lets its session make sensitive changes. */
export const CONFIRMATION_WINDOW_SECONDS = 10 * 60;

export const CONFIRMATION_MESSAGE =
  'Confirm it is you first: enter your password (or a code from your authenticator app). ' +
  'API: POST /api/v1/me/confirm, then repeat the request';

/** Whether the caller's session confirmed who they are within the window. */
export function recentlyConfirmed(principal: Principal, now = Date.now()): boolean {
  if (principal.kind !== 'user') return true;
  const at = principal.confirmedAt?.getTime();
  return at !== undefined && now - at <= CONFIRMATION_WINDOW_SECONDS * 1000;
}

/**
 * Step-up for sensitive changes (disabling a factor, creating an API key, changing or removing
 * an owner, deleting an organization): the person must have signed in or confirmed their password
 * or a second factor in the last 10 minutes, else 403 `confirmation_required`. API keys act for
 * their org without a person behind them and have no session to confirm: they pass
 * (docs/decisions/011).
 */
export function assertRecentConfirmation(principal: Principal): void {
  if (!recentlyConfirmed(principal)) throw new AppError('confirmation_required', CONFIRMATION_MESSAGE);
}
