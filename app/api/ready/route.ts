import { readiness } from '@/lib/server/observability/ready';

export const dynamic = 'force-dynamic';

/** 200 when this instance can serve (database, migrations, Redis when set), 503 otherwise. Public, like /api/health. */
export async function GET(): Promise<Response> {
  const state = await readiness();
  const { ready, ...checks } = state;
  return Response.json(
    { status: ready ? 'ok' : 'error', ...checks },
    { status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
