import { z } from 'zod';
import { CreatedUpload, CreateUploadInput, SignatureQuery, SignedUrl, UploadParams } from '@/lib/schemas/upload';
import { defineOperation } from '../operation';

export const createUploadOp = defineOperation({
  id: 'createUpload',
  method: 'POST',
  path: '/uploads',
  summary:
    'Ask for a signed upload URL: purpose avatar (your own; image/png, image/jpeg, image/webp, at most 3 MB), ' +
    'logo (org.update in organizationId; images, 2 MB) or import (imports.create in organizationId; text/csv or ' +
    'XLSX, MAX_IMPORT_BYTES). Wrong type 422, too large 413. PUT the bytes to uploadUrl within 15 minutes, ' +
    'then use the id (e.g. PUT /me/avatar with { uploadId }). With UploadThing configured, uploadUrl is its ' +
    'presigned ingest URL (multipart part `file`).',
  tag: 'Files',
  access: 'user',
  body: CreateUploadInput,
  response: CreatedUpload,
  status: 201,
  errors: [413],
});

export const putUploadContentOp = defineOperation({
  id: 'putUploadContent',
  method: 'PUT',
  path: '/uploads/{id}/content',
  summary:
    'The signed upload URL (local storage): the raw file as the body. The signature is the credential: ' +
    'tampered or expired 403, more bytes than declared 413, content not matching the purpose 415, used twice 409.',
  tag: 'Files',
  access: 'public',
  params: UploadParams,
  query: SignatureQuery,
  status: 204,
  errors: [403, 409, 413, 415],
});

export const getUploadContentOp = defineOperation({
  id: 'getUploadContent',
  method: 'GET',
  path: '/uploads/{id}/content',
  summary: 'The signed download URL: the file itself. Tampered or expired signature 403.',
  tag: 'Files',
  access: 'public',
  params: UploadParams,
  query: SignatureQuery,
  response: z.string().meta({ format: 'binary' }),
  responseType: 'image/*',
  errors: [403],
});

export const getUploadUrlOp = defineOperation({
  id: 'getUploadUrl',
  method: 'GET',
  path: '/uploads/{id}/url',
  summary:
    'A signed download URL for a completed upload, valid for 5 minutes: for the uploader, or members of the ' +
    "upload's organization with org.read (logo) or imports.read (import). 404 otherwise.",
  tag: 'Files',
  access: 'user',
  params: UploadParams,
  response: SignedUrl,
});
