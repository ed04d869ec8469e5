import { z } from 'zod';
import { IdParam, IdRef } from './list';

export const uploadPurposes = ['avatar', 'logo', 'import'] as const;
export type UploadPurpose = (typeof uploadPurposes)[number];

export const IMAGE_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const IMPORT_CONTENT_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** Content types each purpose accepts (checked again against the bytes on upload). */
export const uploadContentTypes: Record<UploadPurpose, readonly string[]> = {
  avatar: IMAGE_CONTENT_TYPES,
  logo: IMAGE_CONTENT_TYPES,
  import: IMPORT_CONTENT_TYPES,
};

export const CreateUploadInput = z.object({
  purpose: z.enum(uploadPurposes, { error: `purpose must be one of: ${uploadPurposes.join(', ')}` }),
  contentType: z
    .string({ error: 'contentType is required' })
    .trim()
    .toLowerCase()
    .min(1, 'contentType is required')
    .max(200),
  size: z
    .number({ error: 'size is required (bytes)' })
    .int('size is a whole number of bytes')
    .min(1, 'The file is empty'),
  organizationId: IdRef.optional(),
});
export type CreateUploadInput = z.output<typeof CreateUploadInput>;

export const CreatedUpload = z.object({
  id: z.string(),
  uploadUrl: z.string(),
  /** PUT the raw bytes to uploadUrl (for UploadThing, the backend's own presigned URL). */
  method: z.literal('PUT'),
  maxSize: z.number().int(),
  expiresAt: z.string(),
});
export type CreatedUpload = z.infer<typeof CreatedUpload>;

export const SignedUrl = z.object({ url: z.string(), expiresAt: z.string() });
export type SignedUrl = z.infer<typeof SignedUrl>;

export const UploadParams = z.object({ id: IdParam });
export const SignatureQuery = z.object({
  exp: z.string().max(20).default(''),
  sig: z.string().max(200).default(''),
});

/** `{ uploadId }`: a completed signed upload used instead of a request body (avatar, logo). */
export const UseUploadInput = z.object({ uploadId: IdRef });
