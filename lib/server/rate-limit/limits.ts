import type { Limit } from './index';

function envInt(name: string, fallback: number): number {
  const n = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const MINUTE = 60;
const HOUR = 3600;
const publicIp = (bucket: string): Limit => ({
  bucket,
  limit: envInt('RATE_LIMIT_PUBLIC_IP', 20),
  windowSeconds: HOUR,
});

/**
 * The named limits, read from the environment on each use so that an override
 * needs no code change. Public endpoints call `await hit(limits.forgotPassword, ip)`;
 * each endpoint family counts in its own bucket.
 */
export const limits = {
  /** Failed sign-ins per client IP (browser and token endpoint alike). */
  get signInIp(): Limit {
    return { bucket: 'signin-fail:ip', limit: envInt('RATE_LIMIT_SIGNIN_IP', 100), windowSeconds: 15 * MINUTE };
  },
  get forgotPassword(): Limit {
    return publicIp('forgot:ip');
  },
  get resetPassword(): Limit {
    return publicIp('reset:ip');
  },
  get signUp(): Limit {
    return publicIp('signup:ip');
  },
  get activationResend(): Limit {
    return publicIp('activation-resend:ip');
  },
  /** Single sign-on started per client IP: each start stores a sign-in in flight. */
  get ssoStart(): Limit {
    return { bucket: 'sso-start:ip', limit: envInt('RATE_LIMIT_SSO_START_IP', 60), windowSeconds: 15 * MINUTE };
  },
  get unlock(): Limit {
    return publicIp('unlock:ip');
  },
  get demoRequest(): Limit {
    return { bucket: 'demo:ip', limit: envInt('RATE_LIMIT_DEMO_IP', 10), windowSeconds: HOUR };
  },
  /** After `threshold` failed sign-ins for one e-mail within `windowSeconds`, it is locked for `lockSeconds`. */
  get lockout(): { threshold: number; windowSeconds: number; lockSeconds: number } {
    return {
      threshold: envInt('LOCKOUT_THRESHOLD', 10),
      windowSeconds: envInt('LOCKOUT_WINDOW_SECONDS', 15 * MINUTE),
      lockSeconds: envInt('LOCKOUT_SECONDS', 15 * MINUTE),
    };
  },
};

/** The public per-IP limit (RATE_LIMIT_PUBLIC_IP) for another public endpoint, counted in its own bucket. */
export const publicLimit = publicIp;
