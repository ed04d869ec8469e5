import { z } from 'zod';

export const Email = z
  .string({ error: 'E-mail is required' })
  .trim()
  .min(1, 'E-mail is required')
  .max(254, 'E-mail is too long')
  .pipe(z.email('Enter a valid e-mail address'));

export const SignInInput = z.object({
  email: Email,
  password: z.string({ error: 'Password is required' }).min(1, 'Password is required').max(1024),
});
export type SignInInput = z.infer<typeof SignInInput>;

/** How the browser sign-in's first step says that a second one follows (lib/server/auth/next-auth.ts). */
export const MFA_REQUIRED_PREFIX = 'MFA_REQUIRED:';
/** The sign-in answer for a right password on an account not activated yet. */
export const NOT_ACTIVATED = 'Activate your account from the e-mail we sent you first';
/** Password sign-in of someone whose organization requires single sign-on (`ssoRequired`). */
export const SSO_REQUIRED = 'Your organization signs in with single sign-on. Use “Continue with SSO”.';

export const TokenPair = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int(),
});

export const RefreshInput = z.object({ refreshToken: z.string().min(1, 'refreshToken is required').max(200) });
export const VerifyInput = z.object({ token: z.string().min(1, 'token is required').max(4000) });
export const VerifyResult = z.object({ valid: z.literal(true), sub: z.string(), exp: z.number().int() });
