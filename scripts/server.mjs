// The HTTP server in front of Next.js (used by npm start, npm run dev and the
// browser tests). It exists for one reason: route handlers cannot see the socket,
// and `next start` passes a client's own X-Forwarded-For through, so per-IP rate
// limits and audit IPs could be forged. Here the client address is decided once,
// from the socket or the header of a proxy named in TRUST_PROXY, and handed to
// the app in a header nobody else can set.
import { createServer } from 'node:http';
import next from 'next';

export const CLIENT_IP_HEADER = 'x-portal-client-ip';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const trusted = process.env.TRUST_PROXY?.trim().toLowerCase() || undefined;

function clientIp(req) {
  if (trusted) {
    const raw = req.headers[trusted];
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
  handle(req, res);
}).listen(port, hostname, () => {
  console.log(`> Next.js ${dev ? 'development' : 'production'} server on port ${port}`);
});
