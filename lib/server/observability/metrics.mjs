// The process's Prometheus metrics (prom-client), shared by scripts/server.mjs (HTTP requests) and
// the app (jobs, mail, webhooks, pool). Plain JavaScript so that the server can load it before
// Next.js; kept on globalThis so that a second copy of this module (a bundle) finds the same ones.
import client from 'prom-client';

const KEY = Symbol.for('portal.metrics');

function create() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequests: new client.Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route and status',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpDuration: new client.Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from request to the end of the response, by method and route',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    jobsQueued: new client.Gauge({
      name: 'jobs_queue_depth',
      help: 'Jobs due and waiting for a worker, by queue (all instances)',
      labelNames: ['queue'],
      registers,
    }),
    jobsOldest: new client.Gauge({
      name: 'jobs_queue_oldest_age_seconds',
      help: 'Age of the oldest due job waiting, by queue (all instances)',
      labelNames: ['queue'],
      registers,
    }),
    jobsRunning: new client.Gauge({
      name: 'jobs_running',
      help: 'Jobs being run, by queue (all instances)',
      labelNames: ['queue'],
      registers,
    }),
    jobOutcomes: new client.Counter({
      name: 'jobs_finished_total',
      help: 'Jobs this instance ran, by queue and outcome (done, retry, failed)',
      labelNames: ['queue', 'outcome'],
      registers,
    }),
    mailOutcomes: new client.Counter({
      name: 'mail_deliveries_total',
      help: 'E-mail delivery attempts by this instance, by outcome (sent, retry, failed)',
      labelNames: ['outcome'],
      registers,
    }),
    webhookOutcomes: new client.Counter({
      name: 'webhook_deliveries_total',
      help: 'Webhook delivery attempts by this instance, by outcome (delivered, failed, gone: 410)',
      labelNames: ['outcome'],
      registers,
    }),
    poolTotal: new client.Gauge({ name: 'db_pool_connections', help: 'Connections open in the pool', registers }),
    poolIdle: new client.Gauge({ name: 'db_pool_idle', help: 'Idle connections in the pool', registers }),
    poolWaiting: new client.Gauge({
      name: 'db_pool_waiting',
      help: 'Queries waiting for a free connection',
      registers,
    }),
  };
}

/** The metrics of this process, created on first use. */
export function metrics() {
  globalThis[KEY] ??= create();
  return globalThis[KEY];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The route label of a request path: ids and tokens become placeholders, so that the number of
 * series stays bounded (`/api/v1/organizations/:id/members`).
 */
export function routeLabel(url) {
  const path = (url ?? '/').split('?')[0] || '/';
  if (path.startsWith('/_next/')) return '/_next/*';
  const parts = path.split('/').map((part, i, all) => {
    if (i === 0 || part === '') return part;
    if (UUID.test(part) || /^\d+$/.test(part) || part.length >= 24) return ':id';
    if (i === 2 && (all[1] === 'o' || all[1] === 'p' || all[1] === 'invite')) return ':id';
    return part;
  });
  return parts.slice(0, 8).join('/') || '/';
}
