import { CreatedShareLink, CreateShareLinkInput, ShareLinkList, ShareLinkParams } from '@/lib/schemas/share-link';
import { defineOperation } from '../operation';

export const createShareLinkOp = defineOperation({
  id: 'createShareLink',
  method: 'POST',
  path: '/me/share-links',
  summary:
    'Create a read-only link to your profile card in one of your organizations (organizationId; your first one ' +
    'by default), showing your name and the chosen fields (jobTitle, department, avatar, country, ' +
    'attributes.<key>). expiresInHours: 1 to 720. The url holds the secret token: it is shown only here.',
  tag: 'Me',
  access: 'user',
  body: CreateShareLinkInput,
  response: CreatedShareLink,
  status: 201,
});

export const listShareLinksOp = defineOperation({
  id: 'listShareLinks',
  method: 'GET',
  path: '/me/share-links',
  summary: 'Your share links, newest first, with their status (the tokens are never shown again)',
  tag: 'Me',
  access: 'user',
  response: ShareLinkList,
});

export const revokeShareLinkOp = defineOperation({
  id: 'revokeShareLink',
  method: 'DELETE',
  path: '/me/share-links/{id}',
  summary: 'Revoke one of your share links: it stops working at once (404 for links that are not yours)',
  tag: 'Me',
  access: 'user',
  params: ShareLinkParams,
  status: 204,
});
