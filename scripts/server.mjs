// The HTTP server in front of Next.js (used by npm start, npm run dev and the
// browser tests). Route handlers cannot see the socket, and `next start` passes
// a client's own forwarding headers through, so here, once for every request:
// - the client address comes from the socket, or from the header of a proxy
//   named in TRUST_PROXY, and reaches the app in a header nobody else can set;
// - forwarding headers (X-Forwarded-Host and the like) a client sent are
//   dropped unless TRUST_PROXY names them;
// - every response gets the security headers and a Content-Security-Policy
//   with a fresh nonce, which Next.js reads from the request to mark its scripts;
// - unknown methods (TRACE) get 405 and undecodable paths 400 (request-checks.mjs);
// - a request id (x-request-id: the proxy's when TRUST_PROXY names it, else new) is echoed and put on
//   every log line written for the request (pino JSON lines), and the request is counted and timed
//   for GET /api/metrics;
// - SIGTERM (or SIGINT) stops taking connections, lets the requests in flight and the current job
//   finish (10 s at most), then exits.
import { createServer } from 'node:http';
import next from 'next';
import { logger } from '../lib/server/observability/logger.mjs';
import { metrics, routeLabel } from '../lib/server/observability/metrics.mjs';
import { requestContext, requestId } from '../lib/server/observability/request-context.mjs';
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
const trustRequestId = trusted.includes('x-request-id');
const log = logger();
const context = requestContext();
const { httpRequests, httpDuration } = metrics();
const DRAIN_MS = 10_000;

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

let inFlight = 0;
let draining = false;

const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  const reqId = requestId(req.headers['x-request-id'], trustRequestId);
  req.headers['x-request-id'] = reqId;
  res.setHeader('x-request-id', reqId);
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
  if (draining) res.setHeader('connection', 'close');
  inFlight += 1;
  res.once('close', () => {
    inFlight -= 1;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeLabel(req.url);
    httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
    httpDuration.observe({ method: req.method, route }, seconds);
    const entry = { reqId, method: req.method, route, status: res.statusCode, ms: Math.round(seconds * 1000) };
    if (res.statusCode >= 500) log.warn(entry, 'request');
    else log.info(entry, 'request');
  });
  context.run({ reqId }, () => handle(req, res));
}).listen(port, hostname, () => {
  log.info(
    { port, mode: dev ? 'development' : 'production' },
    `> Next.js ${dev ? 'development' : 'production'} server on port ${port}`,
  );
});

// A client or load balancer that keeps a connection open must drop it before the server does: when the
// server closes an idle connection (Node's default: after 5 s) just as a request is sent on it, that
// request fails with ECONNRESET. 65 s outlasts the usual 60 s idle timeout of proxies and HTTP agents.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

async function drain(signal) {
  if (draining) return;
  draining = true;
  log.info({ signal, inFlight }, '[shutdown] no new connections; finishing requests in flight and the current job');
  const force = setTimeout(() => {
    log.warn({ inFlight }, '[shutdown] not finished within 10 s, exiting');
    process.exit(1);
  }, DRAIN_MS);
  force.unref();
  server.close();
  server.closeIdleConnections();
  const stopWorker = globalThis[Symbol.for('portal.stopWorker')];
  const requests = (async () => {
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
  })();
  await Promise.all([requests, typeof stopWorker === 'function' ? stopWorker() : undefined]);
  log.info('[shutdown] done');
  process.exit(0);
}
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void drain(signal));
