import { z } from 'zod';
import { Email } from './auth';
import { NewPassword } from './password';
import { nameText } from './text';

const Name = (what: string) => nameText(what, 100);

/** POST /admin/signup: seed 002's admin/create with its secret_code, here `code`. */
export const SuperadminSignUpInput = z.object({
  code: z.string({ error: 'The sign-up code is required' }).min(1, 'The sign-up code is required').max(500),
  email: Email,
  firstName: Name('First name'),
  lastName: Name('Last name'),
  password: NewPassword,
});
export type SuperadminSignUpInput = z.infer<typeof SuperadminSignUpInput>;

export const SuperadminSignUpResult = z.object({ userId: z.string() });
export type SuperadminSignUpResult = z.infer<typeof SuperadminSignUpResult>;
