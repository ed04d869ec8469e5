import { metricsResponse } from '@/lib/server/observability/scrape';

export const dynamic = 'force-dynamic';

/** Prometheus metrics of this instance behind METRICS_TOKEN (lib/server/observability/scrape.ts). */
export function GET(req: Request): Promise<Response> {
  return metricsResponse(req);
}
