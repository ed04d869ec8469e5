import { getApiKeyOp, revokeApiKeyOp } from '@/lib/api/operations/api-keys';
import { defineRoute } from '@/lib/server/route';
import { getApiKey } from '@/lib/services/api-keys/list-api-keys';
import { revokeApiKey } from '@/lib/services/api-keys/revoke-api-key';

export const GET = defineRoute(getApiKeyOp, ({ ctx, params }) => getApiKey(ctx, params.keyId));
export const DELETE = defineRoute(revokeApiKeyOp, ({ ctx, params }) => revokeApiKey(ctx, params.keyId));
