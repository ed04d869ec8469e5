import * as client from 'openid-client';
import { invalid } from '@/lib/server/errors';
import { ssoSecrets } from '@/lib/server/sealed';

const CACHE_MS = 5 * 60 * 1000;
const TIMEOUT_SECONDS = 10;

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An http:// issuer is accepted only on loopback (127.0.0.1, localhost, ::1) and only when
 * SSO_ALLOW_HTTP_ISSUERS=on (the tests' providers, a developer's local IdP): anywhere else an
 * identity provider is reached over TLS, so openid-client's insecure requests stay off.
 */
export function assertIssuerAllowed(issuer: string): void {
  if (!issuer.startsWith('http://')) return;
  let host = '';
  try {
    host = new URL(issuer).hostname;
  } catch {
    throw invalid({ issuer: ['The issuer must be an https:// URL'] });
  }
  if (process.env.SSO_ALLOW_HTTP_ISSUERS !== 'on' || !loopback.has(host)) {
    throw invalid({ issuer: ['The issuer must be an https:// URL'] });
  }
}

function options(issuer: string): client.DiscoveryRequestOptions {
  return {
    timeout: TIMEOUT_SECONDS,
    ...(issuer.startsWith('http://') ? { execute: [client.allowInsecureRequests] } : {}),
  };
}

/** Discovery at an issuer, for the admin's check: 422 on `issuer` saying why it failed. */
export async function checkIssuer(issuer: string): Promise<void> {
  assertIssuerAllowed(issuer);
  try {
    await client.discovery(new URL(issuer), 'check', undefined, undefined, options(issuer));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalid({ issuer: [`Discovery at ${issuer} failed: ${reason}`] });
  }
}

interface OidcConnection {
  id: string;
  issuer: string | null;
  clientId: string | null;
  clientSecretSealed: string | null;
}

const cache = new Map<string, { at: number; config: Promise<client.Configuration> }>();

/**
 * The provider's configuration for a connection (discovery, client id, the unsealed secret sent
 * with HTTP Basic), kept a few minutes per instance; a failed discovery is not kept.
 */
export function oidcConfiguration(connection: OidcConnection): Promise<client.Configuration> {
  const { issuer, clientId, clientSecretSealed } = connection;
  if (!issuer || !clientId || !clientSecretSealed) throw new Error('This OIDC connection is incomplete');
  assertIssuerAllowed(issuer);
  const key = `${connection.id} ${issuer} ${clientId} ${clientSecretSealed}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.config;
  const secret = ssoSecrets.unseal(clientSecretSealed, connection.id);
  const config = client.discovery(
    new URL(issuer),
    clientId,
    undefined,
    client.ClientSecretBasic(secret),
    options(issuer),
  );
  cache.set(key, { at: Date.now(), config });
  config.catch(() => cache.delete(key));
  return config;
}
