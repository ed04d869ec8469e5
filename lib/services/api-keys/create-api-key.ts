import type { CreateApiKeyInput } from '@/lib/schemas/api-key';
import { audit } from '@/lib/server/audit';
import { API_KEY_PREFIX } from '@/lib/server/auth/api-key';
import { actorOf } from '@/lib/server/auth/principal';
import { newId, randomToken, sha256 } from '@/lib/server/auth/secrets';
import { assertRecentConfirmation } from '@/lib/server/auth/step-up';
import { db } from '@/lib/server/db';
import { forbidden } from '@/lib/server/errors';
import type { OrgContext } from '@/lib/server/guard';
import { apiKeySelect, toApiKey } from './to-api-key';

/**
 * Creates an org API key with a subset of the creator's own permissions. The
 * secret is returned this once; only its SHA-256 is stored (it is 256 random
 * bits, so a slow hash adds nothing).
 */
export async function createApiKey(ctx: OrgContext, input: CreateApiKeyInput) {
  assertRecentConfirmation(ctx.principal);
  const lacking = input.permissions.filter((p) => !ctx.permissions.has(p));
  if (lacking.length > 0) throw forbidden(`You cannot grant permissions you do not hold: ${lacking.join(', ')}`);
  const key = randomToken(API_KEY_PREFIX);
  const actor = actorOf(ctx.principal);
  return db.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: {
        id: newId(),
        organizationId: ctx.org.id,
        name: input.name,
        prefix: key.slice(0, API_KEY_PREFIX.length + 8),
        keyHash: sha256(key),
        permissions: [...new Set(input.permissions)],
        createdById: actor.userId,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      },
      select: apiKeySelect,
    });
    const created = toApiKey(row, actor.label);
    await audit(
      tx,
      { principal: ctx.principal, orgId: ctx.org.id },
      {
        action: 'api_key.create',
        targetType: 'api_key',
        targetId: row.id,
        after: {
          name: created.name,
          prefix: created.prefix,
          permissions: created.permissions,
          expiresAt: created.expiresAt,
        },
      },
    );
    return { ...created, key };
  });
}
