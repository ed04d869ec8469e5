import { z } from 'zod';
import { defineOperation } from '../operation';

const UnlockInput = z.object({ token: z.string().min(1, 'token is required').max(200) });

export const unlockAccountOp = defineOperation({
  id: 'unlockAccount',
  method: 'POST',
  path: '/auth/unlock',
  summary: 'Lift a sign-in lock early with the link mailed when it started',
  tag: 'Auth',
  access: 'public',
  body: UnlockInput,
  status: 204,
  errors: [422, 429],
});
