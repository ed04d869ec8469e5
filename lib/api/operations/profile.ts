import { z } from 'zod';
import { Me } from '@/lib/schemas/me';
import { AvatarResult, UpdateProfileInput, UserParams } from '@/lib/schemas/profile';
import { defineOperation } from '../operation';

export const updateMeOp = defineOperation({
  id: 'updateMe',
  method: 'PATCH',
  path: '/me',
  summary:
    'Update your profile: firstName, lastName, phone (E.164), country (ISO 3166-1 alpha-2), jobTitle, language; ' +
    '`acceptTerms: true` records that you accepted the terms. Every field is optional.',
  tag: 'Me',
  access: 'user',
  body: UpdateProfileInput,
  response: Me,
});

export const setAvatarOp = defineOperation({
  id: 'setMyAvatar',
  method: 'PUT',
  path: '/me/avatar',
  summary:
    'Upload your avatar: the raw image as the body (Content-Type image/jpeg, image/png or image/webp) or a ' +
    'multipart/form-data part named `file`. At most 3 MB (413); JPEG, PNG or WebP by content (415 otherwise). ' +
    'It is stored as a 256×256 center-cropped WebP thumbnail.',
  tag: 'Me',
  access: 'user',
  body: z.object({ file: z.string().meta({ format: 'binary' }) }),
  bodyType: 'multipart/form-data',
  response: AvatarResult,
  errors: [413, 415],
});

export const removeAvatarOp = defineOperation({
  id: 'removeMyAvatar',
  method: 'DELETE',
  path: '/me/avatar',
  summary: 'Remove your avatar (initials are shown instead)',
  tag: 'Me',
  access: 'user',
  status: 204,
});

export const getUserAvatarOp = defineOperation({
  id: 'getUserAvatar',
  method: 'GET',
  path: '/users/{userId}/avatar',
  summary:
    "A user's avatar image, for yourself, members of an organization you share with them and superadmins " +
    '(404 otherwise, and when they have none). API keys: members of the key’s organization. ' +
    'Cached privately for 5 minutes, with an ETag.',
  tag: 'Me',
  access: 'user',
  params: UserParams,
  response: z.string().meta({ format: 'binary' }),
  responseType: 'image/*',
});
