import { createApiKeyOp, listApiKeysOp } from '@/lib/api/operations/api-keys';
import { defineRoute } from '@/lib/server/route';
import { createApiKey } from '@/lib/services/api-keys/create-api-key';
import { listApiKeys } from '@/lib/services/api-keys/list-api-keys';

export const GET = defineRoute(listApiKeysOp, ({ ctx, query }) => listApiKeys(ctx, query));
export const POST = defineRoute(createApiKeyOp, ({ ctx, body }) => createApiKey(ctx, body));
