import { LOGO_MAX_BYTES } from '@/lib/schemas/organization';
import { AVATAR_MAX_BYTES } from '@/lib/schemas/profile';
import type { UploadPurpose } from '@/lib/schemas/upload';
import { importLimits } from '@/lib/services/imports/limits';

/** The largest file each purpose accepts: the same caps as the direct upload routes. */
export function maxBytesOf(purpose: UploadPurpose): number {
  if (purpose === 'avatar') return AVATAR_MAX_BYTES;
  if (purpose === 'logo') return LOGO_MAX_BYTES;
  return importLimits.maxBytes;
}

/** Signed upload URLs live 15 minutes, download URLs 5. */
export const UPLOAD_URL_TTL_SECONDS = 15 * 60;
export const DOWNLOAD_URL_TTL_SECONDS = 5 * 60;
