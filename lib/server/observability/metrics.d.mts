import type { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface PortalMetrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
  jobsQueued: Gauge<'queue'>;
  jobsOldest: Gauge<'queue'>;
  jobsRunning: Gauge<'queue'>;
  jobOutcomes: Counter<'queue' | 'outcome'>;
  mailOutcomes: Counter<'outcome'>;
  webhookOutcomes: Counter<'outcome'>;
  poolTotal: Gauge;
  poolIdle: Gauge;
  poolWaiting: Gauge;
}

export function metrics(): PortalMetrics;
export function routeLabel(url: string | undefined): string;
