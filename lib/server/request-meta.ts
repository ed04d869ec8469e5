export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Set by scripts/server.mjs from the socket address (or the header of the proxy
 * named in TRUST_PROXY), after overwriting whatever the client sent under this name.
 */
export const CLIENT_IP_HEADER = 'x-portal-client-ip';

export function clientIp(headers: Headers): string | null {
  return headers.get(CLIENT_IP_HEADER)?.trim() || null;
}

export function requestMeta(headers: Headers): RequestMeta {
  return { ip: clientIp(headers), userAgent: headers.get('user-agent')?.slice(0, 500) ?? null };
}
