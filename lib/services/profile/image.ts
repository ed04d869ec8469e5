import 'server-only';
import sharp from 'sharp';
import { AppError } from '@/lib/server/errors';
import { sniffImage } from '@/lib/server/uploads/sniff-image';

export const AVATAR_SIZE = 256;

const unsupported = () =>
  new AppError('unsupported_media_type', 'The file is not a JPEG, PNG or WebP image', {
    file: ['Upload a JPEG, PNG or WebP image'],
  });

/**
 * Checks the bytes are a JPEG, PNG or WebP (415 otherwise, also when the decoder
 * refuses them), then makes a 256×256 center-cropped WebP thumbnail. Re-encoding
 * drops metadata (EXIF location and the like) and anything smuggled after the image.
 */
export async function makeThumbnail(input: Buffer): Promise<{ data: Buffer; contentType: 'image/webp' }> {
  if (!sniffImage(input)) throw unsupported();
  try {
    const data = await sharp(input, { limitInputPixels: 50_000_000, failOn: 'error', animated: false })
      .rotate()
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover', position: 'centre' })
      .webp({ quality: 85 })
      .toBuffer();
    return { data, contentType: 'image/webp' };
  } catch {
    throw unsupported();
  }
}

const typeOfExtension: Record<string, string> = {
  webp: 'image/webp',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/** The Content-Type of a stored avatar, from its key's extension. */
export function contentTypeOfKey(key: string): string {
  return typeOfExtension[key.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}
