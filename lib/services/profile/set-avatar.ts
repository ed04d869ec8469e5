import 'server-only';
import { Readable } from 'node:stream';
import { audit } from '@/lib/server/audit';
import type { UserPrincipal } from '@/lib/server/auth/principal';
import { newId } from '@/lib/server/auth/secrets';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { storage } from '@/lib/server/storage';
import { deleteFilesLater } from '@/lib/server/storage/delete-later';
import type { SentImage } from '@/lib/server/uploads/read-image-body';
import { readUploadedFile } from '@/lib/services/uploads/take-upload';
import { emitOwnProfileUpdated } from '@/lib/services/webhooks/payloads';
import { avatarUrlOf } from './avatar-url';
import { makeThumbnail } from './image';

/**
 * PUT /me/avatar: the image (sent, at most 3 MB, or a completed signed upload of purpose
 * avatar) becomes a 256×256 WebP
 * thumbnail under `avatars/<userId>/<random>.webp`; the previous file is deleted
 * (by the job queue) once the user row points at the new one.
 */
export async function setAvatar(principal: UserPrincipal, sent: SentImage): Promise<{ avatarUrl: string }> {
  const image = 'image' in sent ? sent.image : await readUploadedFile(sent.uploadId, 'avatar', principal.userId);
  const thumb = await makeThumbnail(image);
  const key = `avatars/${principal.userId}/${newId()}.webp`;
  await storage().put(key, Readable.from([thumb.data]), { contentType: thumb.contentType, size: thumb.data.length });
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: principal.userId }, select: { avatarKey: true } });
      if (!user) throw notFound('User');
      await tx.user.update({ where: { id: principal.userId }, data: { avatarKey: key } });
      await deleteFilesLater(tx, [user.avatarKey]);
      await audit(
        tx,
        { principal, orgId: null },
        {
          action: 'user.avatar_set',
          targetType: 'user',
          targetId: principal.userId,
          after: { size: thumb.data.length },
        },
      );
      if (!user.avatarKey) await emitOwnProfileUpdated(tx, principal.userId);
    });
  } catch (error) {
    await storage()
      .delete(key)
      .catch(() => undefined);
    throw error;
  }
  return { avatarUrl: avatarUrlOf(principal.userId, key) as string };
}
