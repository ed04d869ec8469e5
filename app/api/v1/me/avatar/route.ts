import { removeAvatarOp } from '@/lib/api/operations/profile';
import { AVATAR_MAX_BYTES } from '@/lib/schemas/profile';
import { getAuthContext } from '@/lib/server/auth/context';
import { errorResponse } from '@/lib/server/errors';
import { requireUser } from '@/lib/server/guard';
import { defineRoute } from '@/lib/server/route';
import { readSentImage } from '@/lib/server/uploads/read-image-body';
import { removeAvatar } from '@/lib/services/profile/remove-avatar';
import { setAvatar } from '@/lib/services/profile/set-avatar';

/** A binary (or multipart) body: the guard runs before a byte of it is read, then the image service. */
export async function PUT(req: Request): Promise<Response> {
  try {
    const principal = requireUser(await getAuthContext(req.headers, req.method));
    const result = await setAvatar(principal, await readSentImage(req, AVATAR_MAX_BYTES));
    return Response.json(result, { headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}

export const DELETE = defineRoute(removeAvatarOp, ({ principal }) => removeAvatar(principal));
