import { getMeOp } from '@/lib/api/operations/me';
import { updateMeOp } from '@/lib/api/operations/profile';
import { defineRoute } from '@/lib/server/route';
import { getMe } from '@/lib/services/me/get-me';
import { updateProfile } from '@/lib/services/profile/update-profile';

export const GET = defineRoute(getMeOp, ({ principal }) => getMe(principal));

export const PATCH = defineRoute(updateMeOp, ({ principal, body }) => updateProfile(principal, body));
