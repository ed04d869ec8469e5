// Security headers for every response of the app, and the request headers a
// client may not set. Used by scripts/server.mjs, the one HTTP server in front
// of Next.js; docs/decisions/010-hostile-uploads-and-headers.md says why there.
import { randomBytes } from 'node:crypto';

/** Headers that describe the client's connection. A client may forge them; only a proxy named in TRUST_PROXY may set them. */
export const FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
];

/** TRUST_PROXY: a comma-separated list of headers a trusted reverse proxy sets (lower-cased). */
export function trustedHeaders(value) {
  return (value ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

/** The trusted header that carries the client address: the first named one that is not about host, scheme or port (nor the request id). */
export function clientIpHeader(trusted) {
  return trusted.find(
    (h) => !['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-request-id'].includes(h),
  );
}

/** Removes, in place, every forwarding header the proxy configuration does not vouch for. */
export function dropUntrustedForwarding(headers, trusted) {
  for (const name of FORWARDING_HEADERS) if (!trusted.includes(name)) delete headers[name];
}

export const newNonce = () => randomBytes(16).toString('base64');

/**
 * The Content-Security-Policy: scripts only from this origin or carrying this
 * response's nonce (Next.js puts it on its own inline scripts), no plugins, no
 * framing by anyone, forms and base URLs only to this origin.
 */
export function contentSecurityPolicy({ nonce, dev = false, https = false }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ''}`,
    // React and Swagger UI set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Every header set on every response (CSP included). */
export function securityHeaders({ nonce, dev = false, https = false }) {
  return {
    'content-security-policy': contentSecurityPolicy({ nonce, dev, https }),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'cross-origin-opener-policy': 'same-origin',
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
