// The HTTP server in front of Next.js (used by npm start, npm run dev and the
// browser tests). Route handlers cannot see the socket, and `next start` passes
// a client's own forwarding headers through, so here, once for every request:
// - the client address comes from the socket, or from the header of a proxy
//   named in TRUST_PROXY, and reaches the app in a header nobody else can set;
// - forwarding headers (X-Forwarded-Host and the like) a client sent are
//   dropped unless TRUST_PROXY names them;
// - every response gets the security headers and a Content-Security-Policy
//   with a fresh nonce, which Next.js reads from the request to mark its scripts;
// - unknown methods (TRACE) get 405 and undecodable paths 400 (request-checks.mjs).
import { createServer } from 'node:http';
import next from 'next';
import { refuseRequest } from './request-checks.mjs';
import {
  clientIpHeader,
  dropUntrustedForwarding,
  newNonce,
  securityHeaders,
  trustedHeaders,
} from './security-headers.mjs';

export const CLIENT_IP_HEADER = 'x-portal-client-ip';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const trusted = trustedHeaders(process.env.TRUST_PROXY);
const ipHeader = clientIpHeader(trusted);
const https = (process.env.APP_URL ?? '').startsWith('https://');

function clientIp(req) {
  if (ipHeader) {
    const raw = req.headers[ipHeader];
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    // The trusted proxy appends the address it saw: the last entry is the only one it vouches for.
    const hops =
      value
        ?.split(',')
        .map((h) => h.trim())
        .filter(Boolean) ?? [];
    if (hops.length) return hops[hops.length - 1];
  }
  return req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '';
}

const app = next({ dev, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  req.headers[CLIENT_IP_HEADER] = clientIp(req);
  dropUntrustedForwarding(req.headers, trusted);
  const nonce = newNonce();
  const headers = securityHeaders({ nonce, dev, https });
  // Next.js takes the nonce for its own scripts from the request's policy; a client's own is replaced.
  req.headers['content-security-policy'] = headers['content-security-policy'];
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const refused = refuseRequest(req.method, req.url);
  if (refused) {
    res.writeHead(refused.status, refused.headers);
    res.end(req.method === 'HEAD' ? undefined : refused.body);
    return;
  }
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`> Next.js ${dev ? 'development' : 'production'} server on port ${port}`);
});
