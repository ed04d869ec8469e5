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
    const data = await decode(input)
      .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover', position: 'centre' })
      .webp({ quality: 85 })
      .toBuffer();
    return { data, contentType: 'image/webp' };
  } catch {
    throw unsupported();
  }
}

export const LOGO_SIZE = 512;

/**
 * An organization logo, the same way: decoded (415 when the decoder refuses the
 * bytes, so a PNG-magic SVG or HTML never gets stored) and re-encoded as a PNG
 * of at most 512×512, transparency kept, nothing of the upload's own bytes served back.
 */
export async function reencodeLogo(input: Buffer): Promise<{ data: Buffer; contentType: 'image/png' }> {
  if (!sniffImage(input)) throw unsupported();
  try {
    const data = await decode(input)
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: 'inside', withoutEnlargement: true })
      .png({ compressionLevel: 9 })
      .toBuffer();
    return { data, contentType: 'image/png' };
  } catch {
    throw unsupported();
  }
}

/** One still image, orientation applied; errors in the data are errors, not warnings. */
function decode(input: Buffer) {
  return sharp(input, { limitInputPixels: 50_000_000, failOn: 'error', animated: false }).rotate();
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
