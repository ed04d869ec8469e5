import { SuperadminSignUpInput, SuperadminSignUpResult } from '@/lib/schemas/superadmin';
import { defineOperation } from '../operation';

export const superadminSignUpOp = defineOperation({
  id: 'superadminSignUp',
  method: 'POST',
  path: '/admin/signup',
  summary:
    'Create a superadmin with the secret code in SUPERADMIN_SIGNUP_CODE (404 when it is not set). ' +
    'A wrong code is a 403; attempts are limited per client IP',
  tag: 'Platform',
  access: 'public',
  body: SuperadminSignUpInput,
  response: SuperadminSignUpResult,
  status: 201,
  errors: [403, 404, 409, 429],
});
